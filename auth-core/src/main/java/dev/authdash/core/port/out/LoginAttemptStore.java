package dev.authdash.core.port.out;

import dev.authdash.core.model.AttemptRecord;
import dev.authdash.core.model.SubjectLock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Outgoing port: counters for login throttling. Each operation is atomic on its own, so parallel
 * guesses cannot lose a count. Entries are forgotten after their retention; thread-safe.
 */
public interface LoginAttemptStore {

  /** What is remembered of the subject, or {@link AttemptRecord#NONE}. */
  AttemptRecord find(String subject);

  /** Adds one consecutive failure and returns the record after it. */
  AttemptRecord recordFailure(String subject, Duration retention);

  /** Locks the subject until the given time at the given level and zeroes its failure count. */
  void lock(String subject, int level, Instant until, Duration retention);

  /**
   * The subjects starting with {@code prefix} that are locked now (lock lifting after the store's
   * clock), the latest to lift first, at most {@code limit}.
   */
  List<SubjectLock> locks(String prefix, int limit);

  /** Forgets the subject (after a successful login). */
  void clear(String subject);

  /** Adds one to a windowed counter (failures per address per minute) and returns the count. */
  long increment(String counter, Duration window);

  /** The current value of a windowed counter, zero when absent. */
  long count(String counter);
}
