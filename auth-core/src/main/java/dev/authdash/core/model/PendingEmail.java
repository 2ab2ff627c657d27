package dev.authdash.core.model;

import java.time.Instant;
import java.util.Objects;

/**
 * An address waiting for its owner to follow the verification link: only the digest of the link's
 * token is kept; the address becomes the user's when the link is used before it expires.
 */
public record PendingEmail(EmailAddress address, TokenDigest tokenDigest, Instant expiresAt) {
  public PendingEmail {
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(tokenDigest, "tokenDigest");
    Objects.requireNonNull(expiresAt, "expiresAt");
  }

  public boolean isExpiredAt(Instant now) {
    return !now.isBefore(expiresAt);
  }
}
