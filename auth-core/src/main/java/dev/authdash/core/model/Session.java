package dev.authdash.core.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A signed-in session as the stores keep it: keyed by the token's digest, listed by its handle.
 *
 * @param expiresAt when it dies if not used again: the sooner of idle expiry and absolute expiry;
 *     stores use it as the entry's time to live
 * @param absoluteExpiresAt when it dies whatever happens
 */
public record Session(
    SessionHandle handle,
    TokenDigest tokenDigest,
    UserId userId,
    Instant createdAt,
    Instant lastSeenAt,
    Instant expiresAt,
    Instant absoluteExpiresAt,
    String address,
    String userAgent) {

  public Session {
    Objects.requireNonNull(handle, "handle");
    Objects.requireNonNull(tokenDigest, "tokenDigest");
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(lastSeenAt, "lastSeenAt");
    Objects.requireNonNull(expiresAt, "expiresAt");
    Objects.requireNonNull(absoluteExpiresAt, "absoluteExpiresAt");
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(userAgent, "userAgent");
  }

  public boolean isExpiredAt(Instant now) {
    return !now.isBefore(expiresAt);
  }

  public Session touched(Instant now, Instant newExpiresAt) {
    return new Session(
        handle,
        tokenDigest,
        userId,
        createdAt,
        now,
        newExpiresAt,
        absoluteExpiresAt,
        address,
        userAgent);
  }
}
