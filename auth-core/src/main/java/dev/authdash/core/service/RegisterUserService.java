package dev.authdash.core.service;

import dev.authdash.core.model.AuditEventType;
import dev.authdash.core.model.EmailAddress;
import dev.authdash.core.model.Role;
import dev.authdash.core.model.SignedIn;
import dev.authdash.core.model.User;
import dev.authdash.core.model.UserEmail;
import dev.authdash.core.model.Username;
import dev.authdash.core.policy.PasswordPolicy;
import dev.authdash.core.policy.WindowedLimit;
import dev.authdash.core.port.in.RegisterUserCommand;
import dev.authdash.core.port.in.RegisterUserUseCase;
import dev.authdash.core.port.out.PasswordHasher;
import dev.authdash.core.port.out.UnitOfWork;
import dev.authdash.core.port.out.UserRepository;
import java.time.Instant;
import java.util.Optional;

/**
 * Self-service registration: limit per client address, validate, hash, store (uniqueness by the
 * store), sign in. Every attempt counts against the address, refused ones too: "that name is taken"
 * is an answer worth limiting.
 */
public final class RegisterUserService implements RegisterUserUseCase {
  static final String TRY_LATER =
      "Too many accounts were created from your network recently. Please try again later.";

  private final UserRepository users;
  private final UnitOfWork unitOfWork;
  private final PasswordHasher hasher;
  private final PasswordPolicy passwordPolicy;
  private final SessionIssuer issuer;
  private final Auditor auditor;
  private final TimeSource time;
  private final AddressRateLimiter limiter;
  private final WindowedLimit perAddress;
  private final EmailService emails;

  RegisterUserService(
      UserRepository users,
      UnitOfWork unitOfWork,
      PasswordHasher hasher,
      PasswordPolicy passwordPolicy,
      SessionIssuer issuer,
      Auditor auditor,
      TimeSource time,
      AddressRateLimiter limiter,
      WindowedLimit perAddress,
      EmailService emails) {
    this.users = users;
    this.unitOfWork = unitOfWork;
    this.emails = emails;
    this.hasher = hasher;
    this.passwordPolicy = passwordPolicy;
    this.issuer = issuer;
    this.auditor = auditor;
    this.time = time;
    this.limiter = limiter;
    this.perAddress = perAddress;
  }

  @Override
  public SignedIn register(RegisterUserCommand command) {
    Instant now = time.now();
    limiter.acquire(perAddress, command.client(), now, TRY_LATER);
    Username username = Username.of(command.username());
    passwordPolicy.check(command.password(), username);
    Optional<EmailAddress> email =
        command.email() == null || command.email().isBlank()
            ? Optional.empty()
            : Optional.of(EmailAddress.of(command.email()));
    User registered =
        User.register(username, hasher.hash(command.password().reveal()), Role.USER, now);
    User user =
        unitOfWork.atomically(
            () -> {
              User stored =
                  email
                      .map(
                          a ->
                              emails.withNewAddress(
                                  registered.withEmail(UserEmail.unverified(a)), a, now))
                      .orElse(registered);
              users.add(stored);
              return stored;
            });
    auditor.record(
        AuditEventType.REGISTERED, username.value(), username.value(), command.client(), "");
    return issuer.issue(user, command.client(), now);
  }
}
