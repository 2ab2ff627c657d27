package dev.authdash.core.service;

import dev.authdash.core.model.AuditEventType;
import dev.authdash.core.model.ClientInfo;
import dev.authdash.core.model.Session;
import dev.authdash.core.model.SessionEndReason;
import dev.authdash.core.model.SessionResolution;
import dev.authdash.core.model.SessionStatus;
import dev.authdash.core.model.SessionToken;
import dev.authdash.core.model.TokenDigest;
import dev.authdash.core.model.User;
import dev.authdash.core.policy.SessionPolicy;
import dev.authdash.core.port.in.ResolveSessionUseCase;
import dev.authdash.core.port.out.SessionStore;
import dev.authdash.core.port.out.UserRepository;
import java.time.Instant;
import java.util.Optional;

/**
 * Per-request session resolution. The user is read from the repository every time, so a role change
 * or a deletion reaches live sessions on their very next request.
 */
public final class ResolveSessionService implements ResolveSessionUseCase {
  private final SessionStore sessions;
  private final UserRepository users;
  private final SessionPolicy policy;
  private final Auditor auditor;
  private final TimeSource time;

  ResolveSessionService(
      SessionStore sessions,
      UserRepository users,
      SessionPolicy policy,
      Auditor auditor,
      TimeSource time) {
    this.sessions = sessions;
    this.users = users;
    this.policy = policy;
    this.auditor = auditor;
    this.time = time;
  }

  @Override
  public SessionResolution resolve(SessionToken token) {
    Instant now = time.now();
    TokenDigest digest = token.digest();
    // One round trip: a live session comes back already touched (this request is activity).
    Optional<Session> found = sessions.findAndTouch(digest, now, policy.idleTimeout());
    if (found.isEmpty()) {
      return SessionResolution.missing();
    }
    Session session = found.get();
    Optional<User> user = users.findById(session.userId());
    if (session.isExpiredAt(now)) {
      expire(session, user);
      return SessionResolution.expired();
    }
    if (user.isEmpty()) {
      sessions.delete(digest);
      return SessionResolution.missing();
    }
    return new SessionResolution.Active(user.get(), session);
  }

  @Override
  public Optional<SessionStatus> status(SessionToken token) {
    Instant now = time.now();
    return sessions
        .find(token.digest())
        .filter(session -> !session.isExpiredAt(now))
        .filter(session -> users.findById(session.userId()).isPresent())
        .map(session -> policy.status(session, now));
  }

  @Override
  public Optional<SessionEndReason> whyEnded(SessionToken token) {
    return sessions.takeEnd(token.digest());
  }

  private void expire(Session session, Optional<User> user) {
    if (sessions.delete(session.tokenDigest())) {
      String name = user.map(u -> u.username().value()).orElse("");
      auditor.record(
          AuditEventType.SESSION_EXPIRED,
          "system",
          name,
          ClientInfo.of(session.address(), session.userAgent()),
          "");
    }
  }
}
