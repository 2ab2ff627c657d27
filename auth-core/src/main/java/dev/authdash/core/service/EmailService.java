package dev.authdash.core.service;

import dev.authdash.core.error.InvalidCredentialsException;
import dev.authdash.core.error.InvalidInputException;
import dev.authdash.core.model.AuditEventType;
import dev.authdash.core.model.ClientInfo;
import dev.authdash.core.model.EmailAddress;
import dev.authdash.core.model.Password;
import dev.authdash.core.model.PendingEmail;
import dev.authdash.core.model.User;
import dev.authdash.core.model.UserEmail;
import dev.authdash.core.model.Username;
import dev.authdash.core.model.VerificationToken;
import dev.authdash.core.policy.PasswordPolicy;
import dev.authdash.core.port.in.ChangeEmailUseCase;
import dev.authdash.core.port.in.RequestEmailChangeCommand;
import dev.authdash.core.port.in.SetEmailCommand;
import dev.authdash.core.port.in.VerifyEmailCommand;
import dev.authdash.core.port.out.PasswordHasher;
import dev.authdash.core.port.out.UnitOfWork;
import dev.authdash.core.port.out.UserRepository;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Email addresses: a new one waits for its verification link (mailed in the unit of work that
 * stores its digest), becomes the user's when the link is followed, and the old verified address is
 * told. With mail off a new address is kept unverified (an admin may verify it).
 */
final class EmailService implements ChangeEmailUseCase {
  static final Duration VALIDITY = Duration.ofHours(24);
  static final String INVALID_LINK =
      "This verification link is invalid, has already been used, or has expired.";

  private final Access access;
  private final UserRepository users;
  private final UnitOfWork unitOfWork;
  private final PasswordHasher hasher;
  private final PasswordPolicy passwordPolicy;
  private final LoginThrottle throttle;
  private final Mailer mailer;
  private final Auditor auditor;
  private final TimeSource time;

  EmailService(
      Access access,
      UserRepository users,
      UnitOfWork unitOfWork,
      PasswordHasher hasher,
      PasswordPolicy passwordPolicy,
      LoginThrottle throttle,
      Mailer mailer,
      Auditor auditor,
      TimeSource time) {
    this.access = access;
    this.users = users;
    this.unitOfWork = unitOfWork;
    this.hasher = hasher;
    this.passwordPolicy = passwordPolicy;
    this.throttle = throttle;
    this.mailer = mailer;
    this.auditor = auditor;
    this.time = time;
  }

  @Override
  public EmailAddress requestEmailChange(RequestEmailChangeCommand command) {
    EmailAddress address = command.newAddress();
    Password currentPassword = command.currentPassword();
    ClientInfo client = command.client();
    User user =
        command
            .actor()
            .userIdIfUser()
            .flatMap(users::findById)
            .orElseThrow(() -> new InvalidInputException("Please sign in."));
    String name = user.username().value();
    Instant now = time.now();
    throttle.checkAllowed(name, client, now);
    if (passwordPolicy.isOversized(currentPassword)
        || !hasher.matches(currentPassword.reveal(), user.passwordHash())) {
      throw throttle.failure(
          name, client, now, new InvalidCredentialsException("Current password is incorrect."));
    }
    if (user.verifiedEmail().filter(address::equals).isPresent()) {
      throw new InvalidInputException("This is already your verified address.");
    }
    unitOfWork.atomically(
        () -> {
          User current = users.findById(user.id()).orElse(user);
          users.update(withNewAddress(current, address, now));
          return null;
        });
    auditor.record(
        AuditEventType.EMAIL_CHANGED,
        name,
        name,
        client,
        mailer.enabled()
            ? "verification link mailed to " + address.masked()
            : "set to " + address.masked() + ", unverified (mail is off)");
    return address;
  }

  /**
   * The user with the address pending (and its link mailed), or, with mail off, kept unverified.
   * Call it in the unit of work that stores the user.
   */
  User withNewAddress(User user, EmailAddress address, Instant now) {
    if (!mailer.enabled()) {
      return user.withEmail(UserEmail.unverified(address)).withPendingEmail(null);
    }
    VerificationToken token = VerificationToken.generate();
    mailer.queue(
        "verify-email",
        address,
        Map.of(
            "username",
            user.username().value(),
            "address",
            address.value(),
            "link",
            mailer.link("/verify-email?token=" + token.reveal())));
    return user.withPendingEmail(new PendingEmail(address, token.digest(), now.plus(VALIDITY)));
  }

  @Override
  public Username verifyEmail(VerifyEmailCommand command) {
    ClientInfo client = command.client();
    VerificationToken parsed =
        VerificationToken.parse(command.token())
            .orElseThrow(() -> new InvalidInputException(INVALID_LINK));
    Instant now = time.now();
    return unitOfWork.atomically(
        () -> {
          User user =
              users
                  .findByPendingEmail(parsed.digest())
                  .filter(u -> !u.pendingEmail().isExpiredAt(now))
                  .orElseThrow(() -> new InvalidInputException(INVALID_LINK));
          EmailAddress address = user.pendingEmail().address();
          Optional<EmailAddress> old = user.verifiedEmail().filter(a -> !a.equals(address));
          users.update(user.withEmail(UserEmail.verified(address, now)).withPendingEmail(null));
          String name = user.username().value();
          old.ifPresent(
              previous ->
                  mailer.queue(
                      "email-changed",
                      previous,
                      Map.of("username", name, "address", address.masked())));
          auditor.record(
              AuditEventType.EMAIL_CHANGED, name, name, client, "verified " + address.masked());
          return user.username();
        });
  }

  @Override
  public void setEmail(SetEmailCommand command) {
    access.requireAdmin(command.actor());
    String address = command.address();
    boolean verified = command.verified();
    Optional<EmailAddress> parsed =
        address == null || address.isBlank()
            ? Optional.empty()
            : Optional.of(EmailAddress.of(address));
    Instant now = time.now();
    String name =
        unitOfWork.atomically(
            () -> {
              User user = access.existing(command.username());
              users.update(
                  user.withEmail(
                          parsed
                              .map(
                                  a ->
                                      verified
                                          ? UserEmail.verified(a, now)
                                          : UserEmail.unverified(a))
                              .orElse(null))
                      .withPendingEmail(null));
              return user.username().value();
            });
    auditor.record(
        AuditEventType.EMAIL_CHANGED,
        command.actor(),
        name,
        command.client(),
        parsed
            .map(a -> "set to " + a.masked() + (verified ? ", verified" : ", unverified"))
            .orElse("removed"));
  }
}
