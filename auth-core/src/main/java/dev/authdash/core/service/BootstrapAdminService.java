package dev.authdash.core.service;

import dev.authdash.core.model.Actor;
import dev.authdash.core.model.AuditEventType;
import dev.authdash.core.model.ClientInfo;
import dev.authdash.core.model.FirstAdmin;
import dev.authdash.core.model.Password;
import dev.authdash.core.model.Role;
import dev.authdash.core.model.User;
import dev.authdash.core.model.Username;
import dev.authdash.core.policy.PasswordGenerator;
import dev.authdash.core.policy.PasswordPolicy;
import dev.authdash.core.port.in.BootstrapAdminUseCase;
import dev.authdash.core.port.out.PasswordHasher;
import dev.authdash.core.port.out.UnitOfWork;
import dev.authdash.core.port.out.UserRepository;
import java.util.Optional;

/**
 * First start: when the store has no user at all, create the owner. Runs in a unit of work, so a
 * dashboard and a CLI starting together on an empty database create one owner, not two.
 */
public final class BootstrapAdminService implements BootstrapAdminUseCase {
  private final UserRepository users;
  private final UnitOfWork unitOfWork;
  private final PasswordHasher hasher;
  private final PasswordPolicy passwordPolicy;
  private final Auditor auditor;
  private final TimeSource time;
  private final Username ownerName;

  BootstrapAdminService(
      UserRepository users,
      UnitOfWork unitOfWork,
      PasswordHasher hasher,
      PasswordPolicy passwordPolicy,
      Auditor auditor,
      TimeSource time,
      Username ownerName) {
    this.users = users;
    this.unitOfWork = unitOfWork;
    this.hasher = hasher;
    this.passwordPolicy = passwordPolicy;
    this.auditor = auditor;
    this.time = time;
    this.ownerName = ownerName;
  }

  @Override
  public Optional<FirstAdmin> ensureFirstAdmin(Optional<Password> configuredPassword, Actor actor) {
    configuredPassword.ifPresent(p -> passwordPolicy.check(p, ownerName));
    if (users.count() > 0) {
      return Optional.empty();
    }
    Optional<FirstAdmin> created =
        unitOfWork.atomically(
            () -> {
              if (users.count() > 0) {
                return Optional.empty();
              }
              Optional<Password> generated =
                  configuredPassword.isPresent()
                      ? Optional.empty()
                      : Optional.of(PasswordGenerator.generatePassword());
              Password password = configuredPassword.or(() -> generated).orElseThrow();
              User owner =
                  User.register(ownerName, hasher.hash(password.reveal()), Role.ADMIN, time.now())
                      .asOwner();
              users.add(owner);
              return Optional.of(new FirstAdmin(owner, generated));
            });
    created.ifPresent(
        admin ->
            auditor.record(
                AuditEventType.USER_CREATED,
                actor,
                ownerName.value(),
                ClientInfo.local(),
                "first admin (owner)"));
    return created;
  }
}
