package dev.authdash.core.service;

import dev.authdash.core.model.AuditEventType;
import dev.authdash.core.model.User;
import dev.authdash.core.model.Username;
import dev.authdash.core.policy.PasswordPolicy;
import dev.authdash.core.port.in.CreateUserCommand;
import dev.authdash.core.port.in.CreateUserUseCase;
import dev.authdash.core.port.out.PasswordHasher;
import dev.authdash.core.port.out.UserRepository;

/** An admin creates a user with a chosen role, under the same rules as registration. */
public final class CreateUserService implements CreateUserUseCase {
  private final Access access;
  private final UserRepository users;
  private final PasswordHasher hasher;
  private final PasswordPolicy passwordPolicy;
  private final Auditor auditor;
  private final TimeSource time;

  CreateUserService(
      Access access,
      UserRepository users,
      PasswordHasher hasher,
      PasswordPolicy passwordPolicy,
      Auditor auditor,
      TimeSource time) {
    this.access = access;
    this.users = users;
    this.hasher = hasher;
    this.passwordPolicy = passwordPolicy;
    this.auditor = auditor;
    this.time = time;
  }

  @Override
  public User createUser(CreateUserCommand command) {
    access.requireAdmin(command.actor());
    Username username = Username.of(command.username());
    passwordPolicy.check(command.password(), username);
    User user =
        User.register(
            username, hasher.hash(command.password().reveal()), command.role(), time.now());
    users.add(user);
    auditor.record(
        AuditEventType.USER_CREATED,
        command.actor(),
        username.value(),
        command.client(),
        "role " + command.role());
    return user;
  }
}
