package dev.authdash.core.service;

import dev.authdash.core.model.Actor;
import dev.authdash.core.model.AuditCursor;
import dev.authdash.core.model.AuditEvent;
import dev.authdash.core.model.AuditEventType;
import dev.authdash.core.model.AuditQuery;
import dev.authdash.core.model.Batch;
import dev.authdash.core.model.ClientInfo;
import dev.authdash.core.model.PageRequest;
import dev.authdash.core.model.PersonalData;
import dev.authdash.core.model.User;
import dev.authdash.core.port.in.ExportOwnDataUseCase;
import dev.authdash.core.port.in.ListSessionsUseCase;
import dev.authdash.core.port.in.PasskeysUseCase;
import dev.authdash.core.port.in.SecondFactorStatusUseCase;
import dev.authdash.core.port.out.AuditLog;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * "Download my data": the user's own account, sessions and passkeys (read through the use cases
 * that show them on the profile) and the audit events about them, newest first, up to {@link
 * PersonalData#MAX_AUDIT_EVENTS}. Each export is audited, so that a download from a stolen session
 * shows in the log.
 */
public final class ExportOwnDataService implements ExportOwnDataUseCase {
  private static final int BATCH = 1_000;

  private final Access access;
  private final ListSessionsUseCase sessions;
  private final PasskeysUseCase passkeys;
  private final SecondFactorStatusUseCase secondFactor;
  private final AuditLog auditLog;
  private final Auditor auditor;
  private final TimeSource time;

  ExportOwnDataService(
      Access access,
      ListSessionsUseCase sessions,
      PasskeysUseCase passkeys,
      SecondFactorStatusUseCase secondFactor,
      AuditLog auditLog,
      Auditor auditor,
      TimeSource time) {
    this.access = access;
    this.sessions = sessions;
    this.passkeys = passkeys;
    this.secondFactor = secondFactor;
    this.auditLog = auditLog;
    this.auditor = auditor;
    this.time = time;
  }

  @Override
  public PersonalData exportOwnData(Actor actor, ClientInfo client) {
    User user = access.self(actor);
    String name = user.username().value();
    List<AuditEvent> events = new ArrayList<>();
    boolean complete = auditEventsAbout(name, events);
    PersonalData data =
        new PersonalData(
            time.now(),
            PersonalData.Account.of(user, secondFactor.status(actor, name)),
            sessions.listSessions(actor, name).stream().map(PersonalData.SessionEntry::of).toList(),
            passkeys.list(actor, name).stream().map(PersonalData.PasskeyEntry::of).toList(),
            events,
            complete);
    auditor.record(
        AuditEventType.DATA_EXPORTED,
        actor,
        name,
        client,
        events.size() + " audit event(s)" + (complete ? "" : ", the newest only"));
    return data;
  }

  /**
   * Fills {@code into} with the newest events about the user, walking the log by key (events
   * appended meanwhile are neither visited nor visited twice); false when more were left out.
   */
  private boolean auditEventsAbout(String name, List<AuditEvent> into) {
    AuditQuery about =
        new AuditQuery(Optional.of(name), Optional.empty(), Optional.empty(), PageRequest.first(1));
    Optional<AuditCursor> after = Optional.empty();
    do {
      int room = PersonalData.MAX_AUDIT_EVENTS - into.size();
      if (room == 0) {
        return auditLog.findAfter(about, after, 1).items().isEmpty();
      }
      Batch<AuditEvent, AuditCursor> batch =
          auditLog.findAfter(about, after, Math.min(BATCH, room));
      batch.items().forEach(e -> into.add(asSeenBy(name, e)));
      after = batch.next();
    } while (after.isPresent());
    return true;
  }

  /** Someone else's act on the user keeps its actor's name but not their address. */
  private static AuditEvent asSeenBy(String name, AuditEvent event) {
    return name.equals(event.actor())
        ? event
        : new AuditEvent(
            event.at(), event.type(), event.actor(), event.target(), "", event.detail());
  }
}
