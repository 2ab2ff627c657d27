package dev.authdash.core.adapter.memory;

import dev.authdash.core.model.AttemptRecord;
import dev.authdash.core.model.SubjectLock;
import dev.authdash.core.port.out.LoginAttemptStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * In-memory adapter of {@link LoginAttemptStore}: per-process counters whose entries expire after
 * their retention and are swept out, so a flood of made-up usernames cannot grow memory for ever.
 */
public final class InMemoryLoginAttemptStore implements LoginAttemptStore {
  private record Entry(AttemptRecord record, Instant expiresAt) {}

  private record Counter(long count, Instant expiresAt) {}

  private final Map<String, Entry> subjects = new ConcurrentHashMap<>();
  private final Map<String, Counter> counters = new ConcurrentHashMap<>();
  private final ExpirySweeper sweeper;

  public InMemoryLoginAttemptStore(Clock clock) {
    this.sweeper = new ExpirySweeper(clock);
  }

  @Override
  public AttemptRecord find(String subject) {
    Entry entry = subjects.get(subject);
    return entry == null || expired(entry.expiresAt()) ? AttemptRecord.NONE : entry.record();
  }

  @Override
  public AttemptRecord recordFailure(String subject, Duration retention) {
    sweeper.maybeSweep(this::sweep);
    Instant expiresAt = sweeper.now().plus(retention);
    return subjects
        .compute(
            subject,
            (s, old) -> {
              AttemptRecord r =
                  old == null || expired(old.expiresAt()) ? AttemptRecord.NONE : old.record();
              return new Entry(
                  new AttemptRecord(r.consecutiveFailures() + 1, r.lockLevel(), r.lockedUntil()),
                  expiresAt);
            })
        .record();
  }

  @Override
  public void lock(String subject, int level, Instant until, Duration retention) {
    Instant expiresAt = sweeper.now().plus(retention);
    subjects.put(subject, new Entry(new AttemptRecord(0, level, until), expiresAt));
  }

  @Override
  public List<SubjectLock> locks(String prefix, int limit) {
    return subjects.entrySet().stream()
        .filter(e -> e.getKey().startsWith(prefix) && !expired(e.getValue().expiresAt()))
        .filter(e -> e.getValue().record().isLockedAt(sweeper.now()))
        .map(
            e ->
                new SubjectLock(
                    e.getKey(),
                    e.getValue().record().lockLevel(),
                    e.getValue().record().lockedUntil()))
        .sorted(Comparator.comparing(SubjectLock::until).reversed())
        .limit(limit)
        .toList();
  }

  @Override
  public void clear(String subject) {
    subjects.remove(subject);
  }

  @Override
  public long increment(String counter, Duration window) {
    sweeper.maybeSweep(this::sweep);
    Instant expiresAt = sweeper.now().plus(window);
    return counters
        .compute(
            counter,
            (k, old) ->
                old == null || expired(old.expiresAt())
                    ? new Counter(1, expiresAt)
                    : new Counter(old.count() + 1, old.expiresAt()))
        .count();
  }

  @Override
  public long count(String counter) {
    Counter c = counters.get(counter);
    return c == null || expired(c.expiresAt()) ? 0 : c.count();
  }

  /** Entries held, expired or not (for tests of the sweep). */
  public int size() {
    return subjects.size() + counters.size();
  }

  private boolean expired(Instant expiresAt) {
    return !sweeper.now().isBefore(expiresAt);
  }

  private void sweep() {
    subjects.values().removeIf(e -> expired(e.expiresAt()));
    counters.values().removeIf(c -> expired(c.expiresAt()));
  }
}
