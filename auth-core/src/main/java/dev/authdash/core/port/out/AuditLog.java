package dev.authdash.core.port.out;

import dev.authdash.core.model.AuditCursor;
import dev.authdash.core.model.AuditEvent;
import dev.authdash.core.model.AuditQuery;
import dev.authdash.core.model.Batch;
import dev.authdash.core.model.Page;
import java.time.Instant;
import java.util.Optional;

/** Outgoing port: the append-only record of security-relevant acts. Thread-safe. */
public interface AuditLog {

  void append(AuditEvent event);

  /** Events matching the query, newest first (ties in insertion order, newest first). */
  Page<AuditEvent> find(AuditQuery query);

  /**
   * A keyset walk (for exports): up to {@code limit} events matching the query's user, kind and
   * since (its page is not used), in {@link #find}'s order (newest first, ties newest appended
   * first), strictly after {@code after}, or from the newest when it is empty. The batch's {@code
   * next} is where the following batch starts, empty once nothing is left. Each batch is a seek on
   * an index by (time, position), never an offset, so the last batch of 10,000,000 events costs
   * what the first did and a walk holds one batch in memory. Events appended after a walk began
   * (with a time not before its first event's) sort before its start and are not visited; none is
   * visited twice.
   */
  Batch<AuditEvent, AuditCursor> findAfter(
      AuditQuery query, Optional<AuditCursor> after, int limit);

  /** Removes events older than the cutoff (retention); returns how many went. */
  long pruneBefore(Instant cutoff);
}
