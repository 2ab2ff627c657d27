package dev.authdash.core.service;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The core's "now", from the injected clock, in whole milliseconds: what every store can keep
 * exactly, so a value read back equals the value written.
 */
final class TimeSource {
  private final Clock clock;

  TimeSource(Clock clock) {
    this.clock = clock;
  }

  Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }
}
