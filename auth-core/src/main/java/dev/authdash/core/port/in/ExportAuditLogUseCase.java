package dev.authdash.core.port.in;

import dev.authdash.core.export.ExportFormat;
import dev.authdash.core.model.Actor;
import dev.authdash.core.model.AuditEvent;
import dev.authdash.core.model.AuditQuery;
import dev.authdash.core.model.ClientInfo;
import java.util.stream.Stream;

/** Incoming port (admin): every audit event matching the audit page's filters, for a download. */
public interface ExportAuditLogUseCase {

  /**
   * Checks that the actor is an admin and audits {@code AUDIT_EXPORTED} with the format and filter
   * (its target is the filter's user, so the act shows among that user's events); then the events,
   * newest first, read a batch at a time as the stream is consumed. The export's own event is its
   * first row when the filter takes it in. The query's page is not used.
   */
  Stream<AuditEvent> exportAuditLog(
      Actor actor, AuditQuery filter, ExportFormat format, ClientInfo client);
}
