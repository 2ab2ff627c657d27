package dev.authdash.core.model;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A device cookie (OWASP's "device cookies" against online guessing): a signed, long-lived value
 * that a browser receives at a successful sign-in and that names the user who signed in there. A
 * later login for that name that presents it is throttled per device instead of by the name's
 * global lock. It opens no page and no session.
 */
public final class DeviceCookie {
  private static final Pattern FORMAT =
      Pattern.compile("[A-Za-z0-9_-]{20,400}\\.[A-Za-z0-9_-]{43}");

  private final String value;
  private final Instant expiresAt;

  private DeviceCookie(String value, Instant expiresAt) {
    this.value = value;
    this.expiresAt = expiresAt;
  }

  /** A device cookie the core just made, trusted until {@code expiresAt}. */
  public static DeviceCookie of(String value, Instant expiresAt) {
    return new DeviceCookie(
        Objects.requireNonNull(value, "value"), Objects.requireNonNull(expiresAt, "expiresAt"));
  }

  /** What a client brought back; malformed text is no device cookie. */
  public static Optional<DeviceCookie> parse(String raw) {
    return raw != null && FORMAT.matcher(raw).matches()
        ? Optional.of(new DeviceCookie(raw, Instant.EPOCH))
        : Optional.empty();
  }

  /** The value to hand to the client (a cookie), and nowhere else. */
  public String reveal() {
    return value;
  }

  /** When it stops being trusted (known for one the core made; the core re-reads it). */
  public Instant expiresAt() {
    return expiresAt;
  }

  @Override
  public String toString() {
    return "DeviceCookie[***]";
  }
}
