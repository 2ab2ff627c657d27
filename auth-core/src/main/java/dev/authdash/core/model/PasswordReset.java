package dev.authdash.core.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A pending password reset as stored: the digest of the link's token, whose password it resets, who
 * issued it and until when it works. Single use.
 */
public record PasswordReset(
    TokenDigest tokenDigest, UserId userId, String issuedBy, Instant createdAt, Instant expiresAt) {
  public PasswordReset {
    Objects.requireNonNull(tokenDigest, "tokenDigest");
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(issuedBy, "issuedBy");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(expiresAt, "expiresAt");
  }

  public boolean isExpiredAt(Instant now) {
    return !now.isBefore(expiresAt);
  }
}
