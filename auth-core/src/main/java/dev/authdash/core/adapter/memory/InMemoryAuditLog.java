package dev.authdash.core.adapter.memory;

import dev.authdash.core.model.AuditCursor;
import dev.authdash.core.model.AuditEvent;
import dev.authdash.core.model.AuditEventType;
import dev.authdash.core.model.AuditQuery;
import dev.authdash.core.model.Batch;
import dev.authdash.core.model.HourlyCount;
import dev.authdash.core.model.Page;
import dev.authdash.core.port.out.AuditLog;
import dev.authdash.core.port.out.AuditStatistics;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * In-memory adapter of {@link AuditLog} and {@link AuditStatistics}: keeps the newest events up to
 * a capacity (100,000 by default), so a long-running embedded process keeps bounded memory; the
 * statistics count what it keeps.
 */
public final class InMemoryAuditLog implements AuditLog, AuditStatistics {
  private static final int DEFAULT_CAPACITY = 100_000;

  /** Newest event first, each with its position in the order of appending. */
  private final Deque<Entry> entries = new ArrayDeque<>();

  private final int capacity;
  private long appended;

  /** An event and its position: how many events were appended before it. */
  private record Entry(long position, AuditEvent event) {
    AuditCursor cursor() {
      return new AuditCursor(event.at(), position);
    }

    /**
     * True when this entry comes after the cursor in find's order (older, or same time earlier).
     */
    boolean isAfter(AuditCursor cursor) {
      int byTime = event.at().compareTo(cursor.at());
      return byTime < 0 || byTime == 0 && position < cursor.position();
    }
  }

  private static final Comparator<Entry> NEWEST_FIRST =
      Comparator.comparing((Entry e) -> e.event().at())
          .thenComparingLong(Entry::position)
          .reversed();

  public InMemoryAuditLog() {
    this(DEFAULT_CAPACITY);
  }

  public InMemoryAuditLog(int capacity) {
    this.capacity = capacity;
  }

  @Override
  public synchronized void append(AuditEvent event) {
    entries.addFirst(new Entry(appended++, event));
    if (entries.size() > capacity) {
      entries.removeLast();
    }
  }

  @Override
  public synchronized Page<AuditEvent> find(AuditQuery query) {
    List<AuditEvent> matching = events().filter(query::matches).toList();
    List<AuditEvent> page =
        matching.stream().skip(query.page().offset()).limit(query.page().size()).toList();
    return new Page<>(page, query.page(), matching.size());
  }

  @Override
  public synchronized Batch<AuditEvent, AuditCursor> findAfter(
      AuditQuery query, Optional<AuditCursor> after, int limit) {
    Batch.requireLimit(limit);
    List<Entry> batch =
        entries.stream()
            .filter(e -> query.matches(e.event()))
            .filter(e -> after.map(e::isAfter).orElse(true))
            .sorted(NEWEST_FIRST)
            .limit(limit)
            .toList();
    return Batch.of(
        batch.stream().map(Entry::event).toList(),
        limit,
        batch.isEmpty() ? null : batch.get(batch.size() - 1).cursor());
  }

  private Stream<AuditEvent> events() {
    return entries.stream().map(Entry::event);
  }

  @Override
  public synchronized long pruneBefore(Instant cutoff) {
    long removed = 0;
    for (Iterator<Entry> it = entries.descendingIterator(); it.hasNext(); ) {
      if (it.next().event().at().isBefore(cutoff)) {
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
        events()
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
