package dev.authdash.core.model;

import java.time.Instant;
import java.util.Objects;

/**
 * Where a keyset walk of the audit log stands: just after the event at this instant with this
 * position. The position is the store's own order of appending (a row id); only the store that gave
 * a cursor understands it.
 */
public record AuditCursor(Instant at, long position) {
  public AuditCursor {
    Objects.requireNonNull(at, "at");
  }
}
