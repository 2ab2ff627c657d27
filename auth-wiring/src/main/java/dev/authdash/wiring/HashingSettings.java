package dev.authdash.wiring;

import dev.authdash.core.crypto.BoundedPasswordHasher;
import io.micronaut.core.value.PropertyResolver;
import java.time.Duration;

/**
 * The password-hashing pool's settings, read as {@link AuthSettings} reads the core's (unset or
 * empty keeps the default): the sentinels' defaults live here only, max-wait's in {@link
 * BoundedPasswordHasher}.
 *
 * @param threads {@code auth.hashing.threads}: Argon2 runs at once; 0 (the default): one per core
 * @param maxWait {@code auth.hashing.max-wait}: the longest expected wait for a thread
 * @param queue {@code auth.hashing.queue} (deprecated): a fixed cap on the calls waiting; -1 (the
 *     default): none, admission by max-wait only
 */
public record HashingSettings(int threads, Duration maxWait, int queue) {
  public static final String THREADS_PROPERTY = "auth.hashing.threads";
  public static final String MAX_WAIT_PROPERTY = "auth.hashing.max-wait";
  public static final String QUEUE_PROPERTY = "auth.hashing.queue";

  /** One thread per core. */
  public static final int DEFAULT_THREADS = 0;

  /** No fixed cap on the calls waiting. */
  public static final int DEFAULT_QUEUE = -1;

  static HashingSettings read(PropertyResolver settings) {
    return new HashingSettings(
        AuthSettings.value(settings, THREADS_PROPERTY, Integer.class).orElse(DEFAULT_THREADS),
        AuthSettings.value(settings, MAX_WAIT_PROPERTY, Duration.class)
            .orElse(BoundedPasswordHasher.DEFAULT_MAX_WAIT),
        AuthSettings.value(settings, QUEUE_PROPERTY, Integer.class).orElse(DEFAULT_QUEUE));
  }

  /** The threads to start: {@link #threads}, or one per core when it is 0 (or less). */
  int running() {
    return threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
  }

  /** Whether {@link #queue} sets a fixed cap. */
  boolean capsTheQueue() {
    return queue >= 0;
  }

  /** The fixed cap to give the pool, or {@link BoundedPasswordHasher#NO_FIXED_QUEUE}. */
  int waiting() {
    return capsTheQueue() ? queue : BoundedPasswordHasher.NO_FIXED_QUEUE;
  }
}
