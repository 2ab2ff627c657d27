package dev.authdash.core.service;

import dev.authdash.core.model.AuditEventType;
import dev.authdash.core.model.ClientInfo;
import dev.authdash.core.model.Session;
import dev.authdash.core.model.SessionHandle;
import dev.authdash.core.model.SessionToken;
import dev.authdash.core.model.SignedIn;
import dev.authdash.core.model.User;
import dev.authdash.core.policy.SessionPolicy;
import dev.authdash.core.port.out.SessionStore;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * Creates a session with a brand-new token; only the token's digest reaches the store. A user has
 * at most {@code perUser} live sessions: a sign-in beyond ends the least recently used ones (a
 * script signing in in a loop cannot grow the store without bound), and says so in the audit log.
 */
final class SessionIssuer {
  private final SessionStore sessions;
  private final SessionPolicy policy;
  private final int perUser;
  private final Auditor auditor;

  SessionIssuer(SessionStore sessions, SessionPolicy policy, int perUser, Auditor auditor) {
    this.sessions = sessions;
    this.policy = policy;
    this.perUser = perUser;
    this.auditor = auditor;
  }

  SignedIn issue(User user, ClientInfo client, Instant now) {
    SessionToken token = SessionToken.generate();
    Instant absolute = policy.absoluteExpiry(now);
    Session session =
        new Session(
            SessionHandle.random(),
            token.digest(),
            user.id(),
            now,
            now,
            policy.expiryAfterActivity(now, absolute),
            absolute,
            client.address(),
            client.userAgent());
    sessions.create(session);
    endLeastRecentlyUsedBeyondCap(user, session, client);
    return new SignedIn(user, session, token);
  }

  private void endLeastRecentlyUsedBeyondCap(User user, Session kept, ClientInfo client) {
    List<Session> live = sessions.findByUser(user.id());
    int excess = live.size() - perUser;
    if (excess <= 0) {
      return;
    }
    List<Session> oldestFirst =
        live.stream()
            .filter(s -> !s.handle().equals(kept.handle()))
            .sorted(Comparator.comparing(Session::lastSeenAt))
            .limit(excess)
            .toList();
    int ended = 0;
    for (Session old : oldestFirst) {
      if (sessions.deleteByHandle(user.id(), old.handle())) {
        ended++;
      }
    }
    if (ended > 0) {
      String name = user.username().value();
      auditor.record(
          AuditEventType.SESSIONS_REVOKED,
          "system",
          name,
          client,
          ended
              + " least recently used session(s) ended: at most "
              + perUser
              + " sessions per user");
    }
  }
}
