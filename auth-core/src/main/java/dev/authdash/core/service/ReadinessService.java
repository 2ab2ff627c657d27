package dev.authdash.core.service;

import dev.authdash.core.model.Readiness;
import dev.authdash.core.port.in.CheckReadinessUseCase;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Probes each store in turn and keeps the result for {@code interval}, so that however often load
 * balancers ask, the stores see at most one probe per interval; callers that arrive while a probe
 * runs wait for it rather than starting their own.
 */
public final class ReadinessService implements CheckReadinessUseCase {
  private final List<StoreProbe> probes;
  private final Clock clock;
  private final Duration interval;
  private Readiness last;

  public ReadinessService(List<StoreProbe> probes, Clock clock, Duration interval) {
    this.probes = List.copyOf(probes);
    this.clock = clock;
    this.interval = interval;
  }

  @Override
  public synchronized Readiness check() {
    Instant now = clock.instant();
    if (last != null && now.isBefore(last.checkedAt().plus(interval))) {
      return last;
    }
    List<String> down = new ArrayList<>();
    for (StoreProbe probe : probes) {
      if (!answers(probe)) {
        down.add(probe.name());
      }
    }
    last = new Readiness(down, now);
    return last;
  }

  // Any failure means "not ready": an outage (StoreUnavailableException) or anything unforeseen.
  private static boolean answers(StoreProbe probe) {
    try {
      probe.call().run();
      return true;
    } catch (RuntimeException e) {
      return false;
    }
  }
}
