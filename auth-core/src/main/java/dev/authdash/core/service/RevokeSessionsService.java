package dev.authdash.core.service;

import dev.authdash.core.error.NotPermittedException;
import dev.authdash.core.error.SessionNotFoundException;
import dev.authdash.core.model.Actor;
import dev.authdash.core.model.AuditEventType;
import dev.authdash.core.model.SessionEndReason;
import dev.authdash.core.model.SessionResolution;
import dev.authdash.core.model.User;
import dev.authdash.core.policy.AdminPolicy;
import dev.authdash.core.port.in.ActOnUserCommand;
import dev.authdash.core.port.in.ResolveSessionUseCase;
import dev.authdash.core.port.in.RevokeSessionCommand;
import dev.authdash.core.port.in.RevokeSessionsUseCase;
import dev.authdash.core.port.in.SessionCommand;
import dev.authdash.core.port.out.UserRepository;
import java.util.Optional;

/**
 * Ending sessions: one by handle, all of a user's, or all but the caller's own. "Sign out
 * everywhere" (all of a user's) also retires the user's device cookies: no browser stays trusted.
 */
public final class RevokeSessionsService implements RevokeSessionsUseCase {
  private final Access access;
  private final UserRepository users;
  private final SessionEnds sessions;
  private final ResolveSessionUseCase resolver;
  private final Auditor auditor;

  RevokeSessionsService(
      Access access,
      UserRepository users,
      SessionEnds sessions,
      ResolveSessionUseCase resolver,
      Auditor auditor) {
    this.access = access;
    this.users = users;
    this.sessions = sessions;
    this.resolver = resolver;
    this.auditor = auditor;
  }

  @Override
  public void revokeSession(RevokeSessionCommand command) {
    Actor actor = command.actor();
    User target = permitted(actor, command.username());
    if (!sessions.endOne(target.id(), command.handle(), reason(actor, target))) {
      throw new SessionNotFoundException();
    }
    auditor.record(
        AuditEventType.SESSIONS_REVOKED,
        actor,
        target.username().value(),
        command.client(),
        "1 session");
  }

  @Override
  public int revokeAllSessions(ActOnUserCommand command) {
    Actor actor = command.actor();
    User target = permitted(actor, command.username());
    int ended = sessions.endAll(target.id(), Optional.empty(), reason(actor, target));
    users.advanceDeviceEpoch(target.id());
    auditor.record(
        AuditEventType.SESSIONS_REVOKED,
        actor,
        target.username().value(),
        command.client(),
        "all sessions (" + ended + ")");
    return ended;
  }

  @Override
  public int revokeOtherSessions(SessionCommand command) {
    if (!(resolver.resolve(command.session()) instanceof SessionResolution.Active active)) {
      throw new NotPermittedException("Your session has expired. Please log in again.");
    }
    User user = active.user();
    int ended =
        sessions.endAll(
            user.id(),
            Optional.of(active.session().handle()),
            SessionEndReason.SIGNED_OUT_ELSEWHERE);
    auditor.record(
        AuditEventType.SESSIONS_REVOKED,
        Actor.of(user),
        user.username().value(),
        command.client(),
        "all other sessions (" + ended + ")");
    return ended;
  }

  /** The person themselves signed out elsewhere; anyone else is an admin (or the CLI). */
  private static SessionEndReason reason(Actor actor, User target) {
    return actor.is(target)
        ? SessionEndReason.SIGNED_OUT_ELSEWHERE
        : SessionEndReason.SIGNED_OUT_BY_ADMIN;
  }

  private User permitted(Actor actor, String username) {
    User target = access.existing(username);
    access.requireSelfOrAdmin(actor, target);
    AdminPolicy.checkMayActOn(actor, target);
    return target;
  }
}
