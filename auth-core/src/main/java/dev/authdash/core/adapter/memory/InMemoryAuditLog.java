package dev.authdash.core.adapter.memory;

import dev.authdash.core.model.AuditEvent;
import dev.authdash.core.model.AuditEventType;
import dev.authdash.core.model.AuditQuery;
import dev.authdash.core.model.HourlyCount;
import dev.authdash.core.model.Page;
import dev.authdash.core.port.out.AuditLog;
import dev.authdash.core.port.out.AuditStatistics;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * In-memory adapter of {@link AuditLog} and {@link AuditStatistics}: keeps the newest events up to
 * a capacity (100,000 by default), so a long-running embedded process keeps bounded memory; the
 * statistics count what it keeps.
 */
public final class InMemoryAuditLog implements AuditLog, AuditStatistics {
  private static final int DEFAULT_CAPACITY = 100_000;

  private final Deque<AuditEvent> events = new ArrayDeque<>();
  private final int capacity;

  public InMemoryAuditLog() {
    this(DEFAULT_CAPACITY);
  }

  public InMemoryAuditLog(int capacity) {
    this.capacity = capacity;
  }

  @Override
  public synchronized void append(AuditEvent event) {
    events.addFirst(event);
    if (events.size() > capacity) {
      events.removeLast();
    }
  }

  @Override
  public synchronized Page<AuditEvent> find(AuditQuery query) {
    List<AuditEvent> matching = events.stream().filter(query::matches).toList();
    List<AuditEvent> page =
        matching.stream().skip(query.page().offset()).limit(query.page().size()).toList();
    return new Page<>(page, query.page(), matching.size());
  }

  @Override
  public synchronized long pruneBefore(Instant cutoff) {
    long removed = 0;
    for (Iterator<AuditEvent> it = events.descendingIterator(); it.hasNext(); ) {
      if (it.next().at().isBefore(cutoff)) {
        it.remove();
        removed++;
      }
    }
    return removed;
  }

  @Override
  public synchronized List<HourlyCount> countsPerHour(
      Instant from, Instant to, Set<AuditEventType> types) {
    HourlyCount.requireWholeHours(from, to);
    Map<Instant, Map<String, Long>> counts =
        events.stream()
            .filter(e -> types.contains(e.type()))
            .filter(e -> !e.at().isBefore(from) && e.at().isBefore(to))
            .collect(
                Collectors.groupingBy(
                    e -> e.at().truncatedTo(ChronoUnit.HOURS),
                    TreeMap::new,
                    Collectors.groupingBy(
                        e -> e.type().name(), TreeMap::new, Collectors.counting())));
    return counts.entrySet().stream()
        .flatMap(
            hour ->
                hour.getValue().entrySet().stream()
                    .map(
                        kind ->
                            new HourlyCount(
                                hour.getKey(),
                                AuditEventType.valueOf(kind.getKey()),
                                kind.getValue())))
        .toList();
  }
}
