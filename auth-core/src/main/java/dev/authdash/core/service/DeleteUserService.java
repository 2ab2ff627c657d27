package dev.authdash.core.service;

import dev.authdash.core.model.Actor;
import dev.authdash.core.model.AuditEventType;
import dev.authdash.core.model.ClientInfo;
import dev.authdash.core.model.Role;
import dev.authdash.core.model.SessionEndReason;
import dev.authdash.core.model.User;
import dev.authdash.core.policy.AdminPolicy;
import dev.authdash.core.port.in.ActOnUserCommand;
import dev.authdash.core.port.in.DeleteUserUseCase;
import dev.authdash.core.port.out.PasskeyStore;
import dev.authdash.core.port.out.PasswordResetStore;
import dev.authdash.core.port.out.SecondFactorStore;
import dev.authdash.core.port.out.SessionStore;
import dev.authdash.core.port.out.UnitOfWork;
import dev.authdash.core.port.out.UserRepository;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Deletion: guards and delete (with the user's second factor and passkeys) in one unit of work,
 * then every session of the user is destroyed. Sessions also die without that step, since
 * resolution finds no user, but the store is left clean. A user's deletion of their own account
 * ({@link DeleteOwnAccountService}) goes through the same steps under its own guard.
 */
public final class DeleteUserService implements DeleteUserUseCase {
  private final Access access;
  private final UserRepository users;
  private final SessionStore sessions;
  private final SessionEnds sessionEnds;
  private final PasswordResetStore resets;
  private final SecondFactorStore secondFactors;
  private final PasskeyStore passkeys;
  private final UnitOfWork unitOfWork;
  private final Auditor auditor;

  DeleteUserService(
      Access access,
      UserRepository users,
      SessionStore sessions,
      SessionEnds sessionEnds,
      PasswordResetStore resets,
      SecondFactorStore secondFactors,
      PasskeyStore passkeys,
      UnitOfWork unitOfWork,
      Auditor auditor) {
    this.access = access;
    this.users = users;
    this.sessions = sessions;
    this.sessionEnds = sessionEnds;
    this.resets = resets;
    this.secondFactors = secondFactors;
    this.passkeys = passkeys;
    this.unitOfWork = unitOfWork;
    this.auditor = auditor;
  }

  @Override
  public void deleteUser(ActOnUserCommand command) {
    Actor actor = command.actor();
    access.requireAdmin(actor);
    delete(
        actor,
        command.client(),
        () -> access.existing(command.username()),
        target -> AdminPolicy.checkDeletion(actor, target, users.countByRole(Role.ADMIN)),
        Optional.empty(),
        "");
  }

  /**
   * Reads the target and checks the guard in the unit of work that deletes it, then ends its
   * sessions (leaving {@code told} for their browsers, when given) and its reset links, and records
   * {@code USER_DELETED}. Returns how many sessions ended.
   */
  int delete(
      Actor actor,
      ClientInfo client,
      Supplier<User> target,
      Consumer<User> guard,
      Optional<SessionEndReason> told,
      String detail) {
    User deleted =
        unitOfWork.atomically(
            () -> {
              User found = target.get();
              guard.accept(found);
              users.delete(found.id());
              // The SQL stores cascade; the in-memory one (and any future store) needs telling.
              secondFactors.delete(found.id());
              passkeys.deleteAllForUser(found.id());
              return found;
            });
    int ended =
        told.isPresent()
            ? sessionEnds.endAll(deleted.id(), Optional.empty(), told.get())
            : sessions.deleteAllByUser(deleted.id(), Optional.empty());
    resets.deleteAllForUser(deleted.id());
    auditor.record(
        AuditEventType.USER_DELETED,
        actor,
        deleted.username().value(),
        client,
        detail + ended + " session(s) ended");
    return ended;
  }
}
