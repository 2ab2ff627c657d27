package dev.authdash.core.port.out;

import dev.authdash.core.model.AuditEvent;
import dev.authdash.core.model.AuditQuery;
import dev.authdash.core.model.Page;
import java.time.Instant;

/** Outgoing port: the append-only record of security-relevant acts. Thread-safe. */
public interface AuditLog {

  void append(AuditEvent event);

  /** Events matching the query, newest first (ties in insertion order, newest first). */
  Page<AuditEvent> find(AuditQuery query);

  /** Removes events older than the cutoff (retention); returns how many went. */
  long pruneBefore(Instant cutoff);
}
