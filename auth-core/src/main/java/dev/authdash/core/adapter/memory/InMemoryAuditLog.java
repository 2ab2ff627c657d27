package dev.authdash.core.adapter.memory;

import dev.authdash.core.model.AuditEvent;
import dev.authdash.core.model.AuditQuery;
import dev.authdash.core.model.Page;
import dev.authdash.core.port.out.AuditLog;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;

/**
 * In-memory adapter of {@link AuditLog}: keeps the newest events up to a capacity (100,000 by
 * default), so a long-running embedded process keeps bounded memory.
 */
public final class InMemoryAuditLog implements AuditLog {
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
}
