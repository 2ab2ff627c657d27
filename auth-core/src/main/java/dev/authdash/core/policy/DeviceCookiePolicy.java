package dev.authdash.core.policy;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * What a device cookie says and when it is trusted, as plain functions: it names the user (id and
 * username), a random device id, the user's device epoch when it was issued, and when. It is
 * trusted for a login of that very name, within its lifetime, while the user's epoch has not moved
 * on (a password change or "sign out everywhere" moves it). Its signature is the caller's business.
 */
public final class DeviceCookiePolicy {
  private static final String VERSION = "d1";

  private final Duration lifetime;

  public DeviceCookiePolicy(Duration lifetime) {
    this.lifetime = lifetime;
  }

  /** What a device cookie names. */
  public record Claims(
      String userId, String username, String deviceId, long epoch, Instant issued) {}

  public Duration lifetime() {
    return lifetime;
  }

  /** The text that is signed and handed out (no spaces in any part). */
  public String write(Claims claims) {
    return String.join(
        " ",
        VERSION,
        claims.userId(),
        claims.username(),
        claims.deviceId(),
        Long.toString(claims.epoch()),
        Long.toString(claims.issued().getEpochSecond()));
  }

  /** The claims of a text {@link #write} made; empty for anything else. */
  public Optional<Claims> read(String text) {
    String[] parts = text.split(" ", -1);
    if (parts.length != 6 || !VERSION.equals(parts[0])) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          new Claims(
              parts[1],
              parts[2],
              parts[3],
              Long.parseLong(parts[4]),
              Instant.ofEpochSecond(Long.parseLong(parts[5]))));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /**
   * Whether the claims vouch for a login of the typed name now, given the user's current epoch: the
   * same name (as the lockout compares names), issued no longer than the lifetime ago, and not
   * revoked since.
   */
  public boolean vouchesFor(Claims claims, String typedName, long currentEpoch, Instant now) {
    String typed = typedName == null ? "" : typedName.strip().toLowerCase(Locale.ROOT);
    return claims.username().equals(typed)
        && claims.epoch() == currentEpoch
        && !claims.issued().isAfter(now)
        && now.isBefore(claims.issued().plus(lifetime));
  }
}
