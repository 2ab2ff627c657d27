package dev.authdash.core.model;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The proof that someone gave a user's right password and still owes the second factor: an opaque,
 * encrypted and authenticated value the client holds for a few minutes. It opens no page and no
 * session; only the second step accepts it, and that issues a brand-new session token.
 */
public final class PendingSignIn {
  private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9_-]{40,400}");

  private final String value;
  private final Instant expiresAt;

  private PendingSignIn(String value, Instant expiresAt) {
    this.value = value;
    this.expiresAt = expiresAt;
  }

  /** A pending sign-in the core just made, valid until {@code expiresAt}. */
  public static PendingSignIn of(String value, Instant expiresAt) {
    return new PendingSignIn(
        Objects.requireNonNull(value, "value"), Objects.requireNonNull(expiresAt, "expiresAt"));
  }

  /** What a client brought back; malformed text is no pending sign-in. */
  public static Optional<PendingSignIn> parse(String raw) {
    return raw != null && FORMAT.matcher(raw).matches()
        ? Optional.of(new PendingSignIn(raw, Instant.EPOCH))
        : Optional.empty();
  }

  /** The value to hand to the client (a cookie), and nowhere else. */
  public String reveal() {
    return value;
  }

  /** When it stops working (known for one the core made; the core re-reads it from the value). */
  public Instant expiresAt() {
    return expiresAt;
  }

  @Override
  public String toString() {
    return "PendingSignIn[***]";
  }
}
