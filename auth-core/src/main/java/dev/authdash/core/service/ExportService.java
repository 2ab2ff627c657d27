package dev.authdash.core.service;

import dev.authdash.core.export.ExportFormat;
import dev.authdash.core.model.Actor;
import dev.authdash.core.model.AuditCursor;
import dev.authdash.core.model.AuditEvent;
import dev.authdash.core.model.AuditEventType;
import dev.authdash.core.model.AuditQuery;
import dev.authdash.core.model.Batch;
import dev.authdash.core.model.ClientInfo;
import dev.authdash.core.model.User;
import dev.authdash.core.model.UserQuery;
import dev.authdash.core.model.Username;
import dev.authdash.core.port.in.ExportAuditLogUseCase;
import dev.authdash.core.port.in.ExportUsersUseCase;
import dev.authdash.core.port.out.AuditLog;
import dev.authdash.core.port.out.UserRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Exports for admins: an audited act, then a keyset walk of the store ({@link
 * UserRepository#listAfter}, {@link AuditLog#findAfter}) that reads a batch only when the consumer
 * has used up the last one.
 */
public final class ExportService implements ExportUsersUseCase, ExportAuditLogUseCase {
  /** Rows per read of the store: large enough that the round trips do not dominate. */
  static final int BATCH = 500;

  private final Access access;
  private final UserRepository users;
  private final AuditLog auditLog;
  private final Auditor auditor;

  ExportService(Access access, UserRepository users, AuditLog auditLog, Auditor auditor) {
    this.access = access;
    this.users = users;
    this.auditLog = auditLog;
    this.auditor = auditor;
  }

  @Override
  public Stream<User> exportUsers(
      Actor actor, UserQuery filter, ExportFormat format, ClientInfo client) {
    access.requireAdmin(actor);
    List<String> terms = new ArrayList<>();
    filter.search().ifPresent(s -> terms.add("search \"" + s + "\""));
    filter.role().ifPresent(r -> terms.add("role " + r));
    auditor.record(
        AuditEventType.USERS_EXPORTED, actor, "", client, describe(format, "users", terms));
    return Batch.<User, Username>walk(after -> users.listAfter(filter, after, BATCH));
  }

  @Override
  public Stream<AuditEvent> exportAuditLog(
      Actor actor, AuditQuery filter, ExportFormat format, ClientInfo client) {
    access.requireAdmin(actor);
    List<String> terms = new ArrayList<>();
    filter.username().ifPresent(u -> terms.add("user " + u));
    filter.type().ifPresent(t -> terms.add("kind " + t));
    filter.since().ifPresent(s -> terms.add("since " + s));
    auditor.record(
        AuditEventType.AUDIT_EXPORTED,
        actor,
        filter.username().orElse(""),
        client,
        describe(format, "audit events", terms));
    return Batch.<AuditEvent, AuditCursor>walk(after -> auditLog.findAfter(filter, after, BATCH));
  }

  /** "CSV of users: search "ma", role ADMIN" or "JSON of audit events: all". */
  private static String describe(ExportFormat format, String what, List<String> terms) {
    return format.name()
        + " of "
        + what
        + ": "
        + (terms.isEmpty() ? "all" : String.join(", ", terms));
  }
}
