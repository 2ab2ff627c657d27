package dev.authdash.core.service;

import dev.authdash.core.model.Session;
import dev.authdash.core.model.SessionEndReason;
import dev.authdash.core.model.SessionHandle;
import dev.authdash.core.model.UserId;
import dev.authdash.core.port.out.SessionStore;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Ends sessions on purpose and leaves a note why for each, kept as long as the idle limit (a
 * browser that comes back later would have been signed out for inactivity anyway).
 */
final class SessionEnds {
  private final SessionStore sessions;
  private final TimeSource time;
  private final Duration keep;

  SessionEnds(SessionStore sessions, TimeSource time, Duration keep) {
    this.sessions = sessions;
    this.time = time;
    this.keep = keep;
  }

  /** Ends every session of the user but {@code except}; returns how many were live. */
  int endAll(UserId user, Optional<SessionHandle> except, SessionEndReason reason) {
    List<Session> ending =
        sessions.findByUser(user).stream()
            .filter(s -> except.map(h -> !h.equals(s.handle())).orElse(true))
            .toList();
    int ended = sessions.deleteAllByUser(user, except);
    ending.forEach(s -> note(s, reason));
    return ended;
  }

  /** Ends the user's session with this handle; false when there is none such. */
  boolean endOne(UserId user, SessionHandle handle, SessionEndReason reason) {
    Optional<Session> ending =
        sessions.findByUser(user).stream().filter(s -> s.handle().equals(handle)).findFirst();
    boolean ended = sessions.deleteByHandle(user, handle);
    if (ended) {
      ending.ifPresent(s -> note(s, reason));
    }
    return ended;
  }

  private void note(Session session, SessionEndReason reason) {
    sessions.recordEnd(session.tokenDigest(), reason, time.now().plus(keep));
  }
}
