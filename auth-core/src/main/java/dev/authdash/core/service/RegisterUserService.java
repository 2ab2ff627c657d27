package dev.authdash.core.service;

import dev.authdash.core.model.AuditEventType;
import dev.authdash.core.model.Role;
import dev.authdash.core.model.SignedIn;
import dev.authdash.core.model.User;
import dev.authdash.core.model.Username;
import dev.authdash.core.policy.PasswordPolicy;
import dev.authdash.core.port.in.RegisterUserCommand;
import dev.authdash.core.port.in.RegisterUserUseCase;
import dev.authdash.core.port.out.PasswordHasher;
import dev.authdash.core.port.out.UserRepository;
import java.time.Instant;

/** Self-service registration: validate, hash, store (uniqueness by the store), sign in. */
public final class RegisterUserService implements RegisterUserUseCase {
  private final UserRepository users;
  private final PasswordHasher hasher;
  private final PasswordPolicy passwordPolicy;
  private final SessionIssuer issuer;
  private final Auditor auditor;
  private final TimeSource time;

  RegisterUserService(
      UserRepository users,
      PasswordHasher hasher,
      PasswordPolicy passwordPolicy,
      SessionIssuer issuer,
      Auditor auditor,
      TimeSource time) {
    this.users = users;
    this.hasher = hasher;
    this.passwordPolicy = passwordPolicy;
    this.issuer = issuer;
    this.auditor = auditor;
    this.time = time;
  }

  @Override
  public SignedIn register(RegisterUserCommand command) {
    Username username = Username.of(command.username());
    passwordPolicy.check(command.password(), username);
    Instant now = time.now();
    User user = User.register(username, hasher.hash(command.password().reveal()), Role.USER, now);
    users.add(user);
    auditor.record(
        AuditEventType.REGISTERED, username.value(), username.value(), command.client(), "");
    return issuer.issue(user, command.client(), now);
  }
}
