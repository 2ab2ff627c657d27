package dev.authdash.core.service;

import dev.authdash.core.error.RateLimitedException;
import dev.authdash.core.model.AuditEventType;
import dev.authdash.core.model.ClientInfo;
import dev.authdash.core.model.EmailAddress;
import dev.authdash.core.model.PasswordReset;
import dev.authdash.core.model.ResetToken;
import dev.authdash.core.model.User;
import dev.authdash.core.model.Username;
import dev.authdash.core.policy.WindowedLimit;
import dev.authdash.core.port.in.RequestPasswordResetCommand;
import dev.authdash.core.port.in.RequestPasswordResetUseCase;
import dev.authdash.core.port.out.LoginAttemptStore;
import dev.authdash.core.port.out.PasswordResetStore;
import dev.authdash.core.port.out.UnitOfWork;
import dev.authdash.core.port.out.UserRepository;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Forgot password: finds the account by username or verified address, and mails it a reset link
 * (the same link an admin issues: single-use, 30 minutes, digest only, voiding older ones), the
 * link and its mail written in one unit of work. Limits: requests per client address per hour and
 * mails per account per hour, both counted in the login-attempt store (shared through Redis).
 * Whatever happens, the caller learns nothing; the audit log says what happened.
 */
final class RequestPasswordResetService implements RequestPasswordResetUseCase {
  static final String ISSUED_BY = "email request";
  static final String KIND = "password-reset";

  private final UserRepository users;
  private final UnitOfWork unitOfWork;
  private final PasswordResetStore resets;
  private final LoginAttemptStore attempts;
  private final AddressRateLimiter limiter;
  private final Mailer mailer;
  private final Auditor auditor;
  private final TimeSource time;
  private final Duration validity;
  private final WindowedLimit perAddress;
  private final WindowedLimit perAccount;

  RequestPasswordResetService(
      UserRepository users,
      UnitOfWork unitOfWork,
      PasswordResetStore resets,
      LoginAttemptStore attempts,
      AddressRateLimiter limiter,
      Mailer mailer,
      Auditor auditor,
      TimeSource time,
      Duration validity) {
    this.users = users;
    this.unitOfWork = unitOfWork;
    this.resets = resets;
    this.attempts = attempts;
    this.limiter = limiter;
    this.mailer = mailer;
    this.auditor = auditor;
    this.time = time;
    this.validity = validity;
    this.perAddress =
        new WindowedLimit(
            "forgot-password", mailer.config().resetRequestsPerAddress(), Duration.ofHours(1));
    this.perAccount =
        new WindowedLimit(
            "reset-mail", mailer.config().resetMailsPerAccount(), Duration.ofHours(1));
  }

  @Override
  public boolean available() {
    return mailer.enabled();
  }

  @Override
  public void requestPasswordReset(RequestPasswordResetCommand command) {
    ClientInfo client = command.client();
    if (!mailer.enabled()) {
      return;
    }
    Instant now = time.now();
    try {
      limiter.acquire(perAddress, client, now, "Too many requests.");
    } catch (RateLimitedException overTheLimit) {
      return; // audited once per window by the limiter (RATE_LIMITED); nothing is sent
    }
    Optional<User> match = find(command.login());
    if (match.isEmpty()) {
      audit("", client, "no account matches");
      return;
    }
    User user = match.get();
    String name = user.username().value();
    Optional<EmailAddress> address = user.verifiedEmail();
    if (address.isEmpty()) {
      audit(name, client, "the account has no verified email address; nothing sent");
      return;
    }
    long mails =
        attempts.increment(perAccount.counterFor(user.id().toString(), now), Duration.ofHours(1));
    if (perAccount.exceededBy(mails)) {
      audit(
          name,
          client,
          "over the limit of "
              + perAccount.limit()
              + " reset mails per account per hour; nothing sent");
      return;
    }
    ResetToken token = ResetToken.generate();
    unitOfWork.atomically(
        () -> {
          resets.save(
              new PasswordReset(token.digest(), user.id(), ISSUED_BY, now, now.plus(validity)));
          mailer.queue(
              KIND,
              address.get(),
              Map.of(
                  "username",
                  name,
                  "minutes",
                  String.valueOf(validity.toMinutes()),
                  "link",
                  mailer.link("/reset-password?token=" + token.reveal())));
          return null;
        });
    audit(name, client, "reset link mailed to " + address.get().masked());
  }

  private Optional<User> find(String login) {
    if (login.isBlank() || login.length() > EmailAddress.MAX_LENGTH) {
      return Optional.empty();
    }
    if (login.contains("@")) {
      return EmailAddress.parse(login).flatMap(users::findByVerifiedEmail);
    }
    return Username.parse(login).flatMap(users::findByUsername);
  }

  private void audit(String target, ClientInfo client, String outcome) {
    auditor.record(AuditEventType.RESET_REQUESTED, "anonymous", target, client, outcome);
  }
}
