package dev.authdash.web.passkey;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The challenges of passkey ceremonies in flight: each is single-use (taken out as it is checked,
 * right or wrong), bound to what started it (the session, the pending sign-in, or the browser's
 * ceremony cookie alone), and dies after {@link #LIFETIME}. Kept in this process's memory: a
 * ceremony finishes on the dashboard instance that began it (docs/passkeys.md).
 */
@Singleton
public final class PasskeyCeremonies {
  public static final Duration LIFETIME = Duration.ofMinutes(5);

  /** At most this many ceremonies in flight; beyond it new ones are refused until some expire. */
  static final int CAPACITY = 10_000;

  /** What a ceremony is for: a challenge made for one cannot finish another. */
  public enum Purpose {
    REGISTER,
    SIGN_IN,
    SECOND_FACTOR
  }

  private record Pending(Purpose purpose, String binding, String request, Instant expiresAt) {}

  private static final SecureRandom RANDOM = new SecureRandom();

  private final Map<String, Pending> pending = new ConcurrentHashMap<>();
  private final Clock clock;

  PasskeyCeremonies(Clock clock) {
    this.clock = clock;
  }

  /** Keeps the relying party's request; returns the ceremony's id for the browser's cookie. */
  public String begin(Purpose purpose, String binding, String request) {
    Instant now = clock.instant();
    if (pending.size() >= CAPACITY) {
      pending.values().removeIf(p -> !now.isBefore(p.expiresAt()));
      if (pending.size() >= CAPACITY) {
        throw new PasskeyRefusedException("Too many passkey requests right now. Try again soon.");
      }
    }
    byte[] id = new byte[24];
    RANDOM.nextBytes(id);
    String key = Base64.getUrlEncoder().withoutPadding().encodeToString(id);
    pending.put(key, new Pending(purpose, binding, request, now.plus(LIFETIME)));
    return key;
  }

  /**
   * The request of the ceremony, taken out (a second try with the same id finds nothing); empty
   * when there is none, it expired, or it was made for another purpose or binding.
   */
  public Optional<String> take(@Nullable String id, Purpose purpose, String binding) {
    Pending found = id == null ? null : pending.remove(id);
    if (found == null
        || found.purpose() != purpose
        || !found.binding().equals(binding)
        || !clock.instant().isBefore(found.expiresAt())) {
      return Optional.empty();
    }
    return Optional.of(found.request());
  }
}
