package dev.authdash.core.service;

import dev.authdash.core.model.ClientInfo;
import dev.authdash.core.model.Session;
import dev.authdash.core.model.SessionHandle;
import dev.authdash.core.model.SessionToken;
import dev.authdash.core.model.SignedIn;
import dev.authdash.core.model.User;
import dev.authdash.core.policy.SessionPolicy;
import dev.authdash.core.port.out.SessionStore;
import java.time.Instant;

/** Creates a session with a brand-new token; only the token's digest reaches the store. */
final class SessionIssuer {
  private final SessionStore sessions;
  private final SessionPolicy policy;

  SessionIssuer(SessionStore sessions, SessionPolicy policy) {
    this.sessions = sessions;
    this.policy = policy;
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
    return new SignedIn(user, session, token);
  }
}
