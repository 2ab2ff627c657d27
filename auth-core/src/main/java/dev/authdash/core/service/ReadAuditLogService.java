package dev.authdash.core.service;

import dev.authdash.core.model.Actor;
import dev.authdash.core.model.AuditEvent;
import dev.authdash.core.model.AuditQuery;
import dev.authdash.core.model.Page;
import dev.authdash.core.port.in.ReadAuditLogUseCase;
import dev.authdash.core.port.out.AuditLog;

/** The audit log for admins. */
public final class ReadAuditLogService implements ReadAuditLogUseCase {
  private final Access access;
  private final AuditLog auditLog;

  ReadAuditLogService(Access access, AuditLog auditLog) {
    this.access = access;
    this.auditLog = auditLog;
  }

  @Override
  public Page<AuditEvent> readAuditLog(Actor actor, AuditQuery query) {
    access.requireAdmin(actor);
    return auditLog.find(query);
  }
}
