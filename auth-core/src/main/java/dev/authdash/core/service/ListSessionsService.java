package dev.authdash.core.service;

import dev.authdash.core.model.Actor;
import dev.authdash.core.model.Session;
import dev.authdash.core.model.User;
import dev.authdash.core.port.in.ListSessionsUseCase;
import dev.authdash.core.port.out.SessionStore;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/** A user's live sessions, oldest first, for the user itself or an admin. */
public final class ListSessionsService implements ListSessionsUseCase {
  private final Access access;
  private final SessionStore sessions;
  private final TimeSource time;

  ListSessionsService(Access access, SessionStore sessions, TimeSource time) {
    this.access = access;
    this.sessions = sessions;
    this.time = time;
  }

  @Override
  public List<Session> listSessions(Actor actor, String username) {
    User target = access.existing(username);
    access.requireSelfOrAdmin(actor, target);
    Instant now = time.now();
    return sessions.findByUser(target.id()).stream()
        .filter(s -> !s.isExpiredAt(now))
        .sorted(Comparator.comparing(Session::createdAt))
        .toList();
  }
}
