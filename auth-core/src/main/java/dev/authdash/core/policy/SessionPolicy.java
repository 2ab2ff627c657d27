package dev.authdash.core.policy;

import dev.authdash.core.model.Session;
import dev.authdash.core.model.SessionStatus;
import java.time.Duration;
import java.time.Instant;

/** Idle timeout and absolute lifetime: when a session dies, and how much time it has left. */
public final class SessionPolicy {
  private final Duration idleTimeout;
  private final Duration absoluteTimeout;

  public SessionPolicy(Duration idleTimeout, Duration absoluteTimeout) {
    this.idleTimeout = idleTimeout;
    this.absoluteTimeout = absoluteTimeout;
  }

  public Duration idleTimeout() {
    return idleTimeout;
  }

  public Instant absoluteExpiry(Instant createdAt) {
    return createdAt.plus(absoluteTimeout);
  }

  /** Expiry after activity at {@code now}: idle expiry, capped by the absolute one. */
  public Instant expiryAfterActivity(Instant now, Instant absoluteExpiresAt) {
    Instant idle = now.plus(idleTimeout);
    return idle.isBefore(absoluteExpiresAt) ? idle : absoluteExpiresAt;
  }

  public SessionStatus status(Session session, Instant now) {
    return new SessionStatus(
        nonNegative(Duration.between(now, session.expiresAt())),
        nonNegative(Duration.between(now, session.absoluteExpiresAt())));
  }

  private static Duration nonNegative(Duration d) {
    return d.isNegative() ? Duration.ZERO : d;
  }
}
