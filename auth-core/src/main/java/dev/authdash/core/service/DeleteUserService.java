package dev.authdash.core.service;

import dev.authdash.core.model.Actor;
import dev.authdash.core.model.AuditEventType;
import dev.authdash.core.model.ClientInfo;
import dev.authdash.core.model.Role;
import dev.authdash.core.model.User;
import dev.authdash.core.policy.AdminPolicy;
import dev.authdash.core.port.in.DeleteUserUseCase;
import dev.authdash.core.port.out.PasskeyStore;
import dev.authdash.core.port.out.PasswordResetStore;
import dev.authdash.core.port.out.SecondFactorStore;
import dev.authdash.core.port.out.SessionStore;
import dev.authdash.core.port.out.UnitOfWork;
import dev.authdash.core.port.out.UserRepository;
import java.util.Optional;

/**
 * Deletion: guards and delete (with the user's second factor and passkeys) in one unit of work,
 * then every session of the user is destroyed. Sessions also die without that step, since
 * resolution finds no user, but the store is left clean.
 */
public final class DeleteUserService implements DeleteUserUseCase {
  private final Access access;
  private final UserRepository users;
  private final SessionStore sessions;
  private final PasswordResetStore resets;
  private final SecondFactorStore secondFactors;
  private final PasskeyStore passkeys;
  private final UnitOfWork unitOfWork;
  private final Auditor auditor;

  DeleteUserService(
      Access access,
      UserRepository users,
      SessionStore sessions,
      PasswordResetStore resets,
      SecondFactorStore secondFactors,
      PasskeyStore passkeys,
      UnitOfWork unitOfWork,
      Auditor auditor) {
    this.access = access;
    this.users = users;
    this.sessions = sessions;
    this.resets = resets;
    this.secondFactors = secondFactors;
    this.passkeys = passkeys;
    this.unitOfWork = unitOfWork;
    this.auditor = auditor;
  }

  @Override
  public void deleteUser(Actor actor, String username, ClientInfo client) {
    access.requireAdmin(actor);
    User deleted =
        unitOfWork.atomically(
            () -> {
              User target = access.existing(username);
              AdminPolicy.checkDeletion(actor, target, users.countByRole(Role.ADMIN));
              users.delete(target.id());
              // The SQL stores cascade; the in-memory one (and any future store) needs telling.
              secondFactors.delete(target.id());
              passkeys.deleteAllForUser(target.id());
              return target;
            });
    int ended = sessions.deleteAllByUser(deleted.id(), Optional.empty());
    resets.deleteAllForUser(deleted.id());
    auditor.record(
        AuditEventType.USER_DELETED,
        actor,
        deleted.username().value(),
        client,
        ended + " session(s) ended");
  }
}
