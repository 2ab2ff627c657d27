package dev.authdash.core.model;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * How many audit events of one kind fell in one whole UTC hour.
 *
 * @param hour the start of the hour (UTC, whole hour)
 */
public record HourlyCount(Instant hour, AuditEventType type, long count) {
  public HourlyCount {
    Objects.requireNonNull(type, "type");
    requireWholeHour(hour, "hour");
  }

  /**
   * Refuses a range of hours whose ends are not whole UTC hours ({@link IllegalArgumentException}).
   */
  public static void requireWholeHours(Instant from, Instant to) {
    requireWholeHour(from, "from");
    requireWholeHour(to, "to");
  }

  /** The instant itself when it starts a UTC hour; else an {@link IllegalArgumentException}. */
  public static Instant requireWholeHour(Instant instant, String name) {
    Objects.requireNonNull(instant, name);
    if (!instant.truncatedTo(ChronoUnit.HOURS).equals(instant)) {
      throw new IllegalArgumentException(name + " must start a UTC hour: " + instant);
    }
    return instant;
  }
}
