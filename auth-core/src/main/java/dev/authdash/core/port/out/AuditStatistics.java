package dev.authdash.core.port.out;

import dev.authdash.core.model.AuditEventType;
import dev.authdash.core.model.HourlyCount;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Outgoing port: how many audit events of each kind fell in each UTC hour, for the admin's
 * overview. Reads what the {@link AuditLog} of the same store appended (and has not pruned), in one
 * indexed query however many events there are. Thread-safe.
 */
public interface AuditStatistics {

  /**
   * The counts per whole UTC hour in {@code [from, to)} of the given kinds, ordered by hour and
   * then by the kind's name; an hour without events of a kind has no entry.
   *
   * @param from the first hour, a whole UTC hour
   * @param to the hour after the last, a whole UTC hour
   */
  List<HourlyCount> countsPerHour(Instant from, Instant to, Set<AuditEventType> types);
}
