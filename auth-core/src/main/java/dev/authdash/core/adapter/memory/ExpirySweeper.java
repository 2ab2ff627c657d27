package dev.authdash.core.adapter.memory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Decides when an in-memory store should sweep out its expired entries: at most once a minute, on
 * the back of ordinary calls, so that no background thread is needed and memory stays bounded.
 */
final class ExpirySweeper {
  private static final Duration INTERVAL = Duration.ofMinutes(1);

  private final Clock clock;
  private final AtomicReference<Instant> nextSweep;

  ExpirySweeper(Clock clock) {
    this.clock = clock;
    this.nextSweep = new AtomicReference<>(clock.instant().plus(INTERVAL));
  }

  Instant now() {
    return clock.instant();
  }

  /** Runs the sweep when it is due; only one caller wins each interval. */
  void maybeSweep(Runnable sweep) {
    Instant now = clock.instant();
    Instant due = nextSweep.get();
    if (!now.isBefore(due) && nextSweep.compareAndSet(due, now.plus(INTERVAL))) {
      sweep.run();
    }
  }
}
