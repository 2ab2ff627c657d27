package dev.authdash.core.model;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Sign-ins, failures, lockouts and new accounts in consecutive UTC hours or days, oldest first, the
 * last one the current (partial) hour or day; every bucket is present, empty ones as zeros.
 *
 * @param width an hour or a day
 */
public record ActivityChart(Duration width, List<ActivityBucket> buckets) {
  public ActivityChart {
    Objects.requireNonNull(width, "width");
    buckets = List.copyOf(buckets);
  }

  public long signedIn() {
    return buckets.stream().mapToLong(ActivityBucket::signedIn).sum();
  }

  public long failed() {
    return buckets.stream().mapToLong(ActivityBucket::failed).sum();
  }

  public long lockouts() {
    return buckets.stream().mapToLong(ActivityBucket::lockouts).sum();
  }

  public long newAccounts() {
    return buckets.stream().mapToLong(ActivityBucket::newAccounts).sum();
  }

  /** The largest count of one kind in one bucket (the height of a chart's scale), at least 1. */
  public long peak() {
    return Math.max(
        1,
        buckets.stream()
            .mapToLong(
                b ->
                    Math.max(
                        Math.max(b.signedIn(), b.failed()),
                        Math.max(b.lockouts(), b.newAccounts())))
            .max()
            .orElse(0));
  }
}
