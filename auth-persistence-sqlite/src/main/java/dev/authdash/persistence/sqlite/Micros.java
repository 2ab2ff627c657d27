package dev.authdash.persistence.sqlite;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Instants as INTEGER microseconds since the epoch: ordered, indexable, exact to the JDK clock. */
final class Micros {
  private Micros() {}

  static long of(Instant instant) {
    return ChronoUnit.MICROS.between(Instant.EPOCH, instant);
  }

  static Instant toInstant(long micros) {
    return Instant.EPOCH.plus(micros, ChronoUnit.MICROS);
  }
}
