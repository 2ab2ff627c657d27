package dev.authdash.core.policy;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * Login throttling as plain functions: when a username locks, for how long (doubling from the base
 * up to the cap), and the per-address budget per minute. Subjects are built from what was typed, so
 * unknown usernames are throttled exactly like real ones.
 */
public final class LockoutPolicy {
  private static final int MAX_SUBJECT_LENGTH = 64;
  private static final long WINDOW_SECONDS = 60;

  private final int maxFailures;
  private final Duration baseLockout;
  private final Duration maxLockout;
  private final int addressFailuresPerMinute;
  private final Duration memory;

  public LockoutPolicy(
      int maxFailures,
      Duration baseLockout,
      Duration maxLockout,
      int addressFailuresPerMinute,
      Duration memory) {
    this.maxFailures = maxFailures;
    this.baseLockout = baseLockout;
    this.maxLockout = maxLockout;
    this.addressFailuresPerMinute = addressFailuresPerMinute;
    this.memory = memory;
  }

  /** The counter key for a typed username: trimmed, lower-cased, bounded in length. */
  public String subjectFor(String typedUsername) {
    String s = typedUsername == null ? "" : typedUsername.strip().toLowerCase(Locale.ROOT);
    return "user:" + (s.length() > MAX_SUBJECT_LENGTH ? s.substring(0, MAX_SUBJECT_LENGTH) : s);
  }

  /** The counter key of a trusted device (the random id its device cookie names). */
  public String deviceSubjectFor(String deviceId) {
    return "device:" + deviceId;
  }

  /** The counter key for failures from an address in the minute containing {@code now}. */
  public String addressCounterFor(String address, Instant now) {
    return "addr:" + address + ":" + now.getEpochSecond() / WINDOW_SECONDS;
  }

  /** The counter of logins refused because the address was over its budget this minute. */
  public String addressRefusalsFor(String address, Instant now) {
    return "addr-refused:" + address + ":" + now.getEpochSecond() / WINDOW_SECONDS;
  }

  /** The counter of attempts refused during one lock of a subject (the lock that ends then). */
  public String lockRefusalsFor(String subject, Instant lockedUntil) {
    return "refused:" + subject + ":" + lockedUntil.toEpochMilli();
  }

  /** Time until the current per-address window closes. */
  public Duration untilWindowEnds(Instant now) {
    long next = (now.getEpochSecond() / WINDOW_SECONDS + 1) * WINDOW_SECONDS;
    return Duration.between(now, Instant.ofEpochSecond(next));
  }

  public Duration window() {
    return Duration.ofSeconds(WINDOW_SECONDS);
  }

  public boolean addressExhausted(long failuresThisMinute) {
    return failuresThisMinute >= addressFailuresPerMinute;
  }

  public boolean shouldLock(int consecutiveFailures) {
    return consecutiveFailures >= maxFailures;
  }

  /** Length of the lock at this level (1 for the first lock): base × 2^(level-1), capped. */
  public Duration lockDuration(int level) {
    Duration d = baseLockout;
    for (int i = 1; i < level && d.compareTo(maxLockout) < 0; i++) {
      d = d.multipliedBy(2);
    }
    return d.compareTo(maxLockout) > 0 ? maxLockout : d;
  }

  /** How long failures are remembered; also outlives the longest lock. */
  public Duration retention() {
    return memory.compareTo(maxLockout) > 0 ? memory : maxLockout.multipliedBy(2);
  }
}
