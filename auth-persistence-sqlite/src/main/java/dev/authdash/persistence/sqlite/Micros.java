package dev.authdash.persistence.sqlite;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Instants as INTEGER microseconds since the epoch: ordered, indexable, exact to the JDK clock.
 * Instants beyond what a long of microseconds holds (about ±292,000 years) are clamped, so a query
 * such as "since year 2999" or "since year 300000" still works.
 */
final class Micros {
  private Micros() {}

  static long of(Instant instant) {
    // Exact from seconds and nanos: ChronoUnit.MICROS.between goes through nanoseconds, which
    // overflow a long beyond about the year 2262.
    try {
      return Math.addExact(
          Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1_000);
    } catch (ArithmeticException beyondRange) {
      return instant.getEpochSecond() > 0 ? Long.MAX_VALUE : Long.MIN_VALUE;
    }
  }

  static Instant toInstant(long micros) {
    return Instant.EPOCH.plus(micros, ChronoUnit.MICROS);
  }
}
