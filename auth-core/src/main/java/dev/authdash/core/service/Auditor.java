package dev.authdash.core.service;

import dev.authdash.core.model.Actor;
import dev.authdash.core.model.AuditEvent;
import dev.authdash.core.model.AuditEventType;
import dev.authdash.core.model.ClientInfo;
import dev.authdash.core.port.out.AuditLog;

/** Writes audit events stamped with the core's time. */
final class Auditor {
  private final AuditLog log;
  private final TimeSource time;

  Auditor(AuditLog log, TimeSource time) {
    this.log = log;
    this.time = time;
  }

  void record(AuditEventType type, Actor actor, String target, ClientInfo client, String detail) {
    record(type, actor.name(), target, client, detail);
  }

  void record(AuditEventType type, String actor, String target, ClientInfo client, String detail) {
    log.append(new AuditEvent(time.now(), type, actor, target, client.address(), detail));
  }
}
