package dev.authdash.persistence.postgres;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Instants as {@code timestamptz}: microseconds, like the SQLite adapter's integers (truncated
 * here, since the server would round). Instants beyond the type's range (4713 BC to 294276 AD) are
 * clamped, so a query such as "since year 300000" still works.
 */
final class Timestamps {
  static final Instant EARLIEST = Instant.parse("-4700-01-01T00:00:00Z");
  static final Instant LATEST = Instant.parse("+294000-01-01T00:00:00Z");

  private Timestamps() {}

  static Instant of(Instant instant) {
    if (instant == null) {
      return null;
    }
    Instant clamped =
        instant.isBefore(EARLIEST) ? EARLIEST : instant.isAfter(LATEST) ? LATEST : instant;
    return clamped.truncatedTo(ChronoUnit.MICROS);
  }

  /** The form the driver binds as {@code timestamptz} through {@code setObject}. */
  static OffsetDateTime parameter(Instant instant) {
    return of(instant).atOffset(ZoneOffset.UTC);
  }
}
