package dev.authdash.core.model;

import java.time.Instant;

/**
 * What the attempt store remembers of one login subject (a typed username).
 *
 * @param consecutiveFailures failures since the last success or lock
 * @param lockLevel how many locks in a row (each doubles the next lock)
 * @param lockedUntil when the current lock lifts; null when not locked
 */
public record AttemptRecord(int consecutiveFailures, int lockLevel, Instant lockedUntil) {
  public static final AttemptRecord NONE = new AttemptRecord(0, 0, null);

  public boolean isLockedAt(Instant now) {
    return lockedUntil != null && now.isBefore(lockedUntil);
  }
}
