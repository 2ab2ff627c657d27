package dev.authdash.core.model;

import java.time.Instant;
import java.util.List;

/**
 * The outcome of probing the stores at {@code checkedAt}: ready when none is down; {@code down}
 * names the ones that did not answer ("database", "redis").
 */
public record Readiness(List<String> down, Instant checkedAt) {
  public Readiness {
    down = List.copyOf(down);
  }

  public boolean isReady() {
    return down.isEmpty();
  }
}
