package dev.authdash.core.service;

import dev.authdash.core.model.AuditEventType;
import dev.authdash.core.model.Role;
import dev.authdash.core.model.User;
import dev.authdash.core.policy.AdminPolicy;
import dev.authdash.core.port.in.ChangeRoleCommand;
import dev.authdash.core.port.in.ChangeRoleUseCase;
import dev.authdash.core.port.out.UnitOfWork;
import dev.authdash.core.port.out.UserRepository;

/**
 * Promotion and demotion. The last-admin check and the write happen in one unit of work, so two
 * admins demoting each other at once cannot leave the system without an admin.
 */
public final class ChangeRoleService implements ChangeRoleUseCase {
  private final Access access;
  private final UserRepository users;
  private final UnitOfWork unitOfWork;
  private final Auditor auditor;

  ChangeRoleService(Access access, UserRepository users, UnitOfWork unitOfWork, Auditor auditor) {
    this.access = access;
    this.users = users;
    this.unitOfWork = unitOfWork;
    this.auditor = auditor;
  }

  @Override
  public User changeRole(ChangeRoleCommand command) {
    access.requireAdmin(command.actor());
    Change change =
        unitOfWork.atomically(
            () -> {
              User target = access.existing(command.username());
              AdminPolicy.checkMayActOn(command.actor(), target);
              AdminPolicy.checkRoleChange(target, command.role(), users.countByRole(Role.ADMIN));
              if (target.role() == command.role()) {
                return new Change(target, target);
              }
              User changed = target.withRole(command.role());
              users.update(changed);
              return new Change(target, changed);
            });
    if (change.before().role() != change.after().role()) {
      auditor.record(
          AuditEventType.ROLE_CHANGED,
          command.actor(),
          change.after().username().value(),
          command.client(),
          change.before().role() + " → " + change.after().role());
    }
    return change.after();
  }

  /** The user as read inside the unit of work, and as written. */
  private record Change(User before, User after) {}
}
