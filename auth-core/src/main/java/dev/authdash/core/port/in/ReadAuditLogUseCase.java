package dev.authdash.core.port.in;

import dev.authdash.core.model.Actor;
import dev.authdash.core.model.AuditEvent;
import dev.authdash.core.model.AuditQuery;
import dev.authdash.core.model.Page;

/** Incoming port (admin): the audit log, newest first, paged and filtered. */
public interface ReadAuditLogUseCase {

  Page<AuditEvent> readAuditLog(Actor actor, AuditQuery query);
}
