package dev.authdash.core.policy;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * "At most {@code limit} per {@code window} for one key" (registrations per client address per
 * hour, say), as plain functions over a windowed counter: fixed windows aligned to the epoch, so
 * every instance sharing the counter store counts in the same window.
 *
 * @param name what is limited; the prefix of its counters (e.g. {@code register})
 * @param limit how many are allowed per window; {@code 0} allows none
 * @param window the length of a window
 */
public record WindowedLimit(String name, int limit, Duration window) {
  public WindowedLimit {
    Objects.requireNonNull(name, "name");
    if (limit < 0) {
      throw new IllegalArgumentException(name + ": the limit must not be negative");
    }
    if (window == null || window.getSeconds() < 1) {
      throw new IllegalArgumentException(name + ": the window must be at least one second");
    }
  }

  /** The counter for this key in the window containing {@code now}. */
  public String counterFor(String key, Instant now) {
    return name + ":" + key + ":" + now.getEpochSecond() / window.getSeconds();
  }

  /** True when the attempt that brought the counter to {@code count} is beyond the limit. */
  public boolean exceededBy(long count) {
    return count > limit;
  }

  /** True for the first attempt beyond the limit in a window: the one worth an audit event. */
  public boolean firstRefusal(long count) {
    return count == (long) limit + 1;
  }

  /** Time until the window containing {@code now} closes. */
  public Duration untilWindowEnds(Instant now) {
    long seconds = window.getSeconds();
    long next = (now.getEpochSecond() / seconds + 1) * seconds;
    return Duration.between(now, Instant.ofEpochSecond(next));
  }
}
