package dev.authdash.core.service;

import dev.authdash.core.model.Actor;
import dev.authdash.core.model.AuditEvent;
import dev.authdash.core.model.AuditEventType;
import dev.authdash.core.model.AuditQuery;
import dev.authdash.core.model.LockedName;
import dev.authdash.core.model.Page;
import dev.authdash.core.model.PageRequest;
import dev.authdash.core.model.SubjectLock;
import dev.authdash.core.policy.LockoutPolicy;
import dev.authdash.core.port.in.ActOnUserCommand;
import dev.authdash.core.port.in.LocksUseCase;
import dev.authdash.core.port.out.AuditLog;
import dev.authdash.core.port.out.LoginAttemptStore;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Locked usernames for admins: the attempt store's locks of {@code user:} subjects, each with its
 * failures of the last 24 hours and their latest address from the audit log; and the unlock, which
 * clears the name's subject only (the per-address counters are other keys and stay).
 */
public final class LocksService implements LocksUseCase {
  private static final String USER_PREFIX = "user:";
  private static final Duration FAILURES_OVER = Duration.ofHours(24);

  private final Access access;
  private final LoginAttemptStore attempts;
  private final LockoutPolicy policy;
  private final AuditLog auditLog;
  private final Auditor auditor;
  private final TimeSource time;

  LocksService(
      Access access,
      LoginAttemptStore attempts,
      LockoutPolicy policy,
      AuditLog auditLog,
      Auditor auditor,
      TimeSource time) {
    this.access = access;
    this.attempts = attempts;
    this.policy = policy;
    this.auditLog = auditLog;
    this.auditor = auditor;
    this.time = time;
  }

  @Override
  public List<LockedName> lockedNow(Actor actor) {
    access.requireAdmin(actor);
    Instant since = time.now().minus(FAILURES_OVER);
    return attempts.locks(USER_PREFIX, MAX_LISTED).stream().map(l -> named(l, since)).toList();
  }

  private LockedName named(SubjectLock lock, Instant since) {
    String name = lock.subject().substring(USER_PREFIX.length());
    Page<AuditEvent> failures =
        auditLog.find(
            new AuditQuery(
                Optional.of(name),
                Optional.of(AuditEventType.LOGIN_FAILED),
                Optional.of(since),
                PageRequest.first(1)));
    String address = failures.items().isEmpty() ? "" : failures.items().get(0).address();
    return new LockedName(name, lock.until(), lock.level(), failures.total(), address);
  }

  @Override
  public boolean clearLock(ActOnUserCommand command) {
    access.requireAdmin(command.actor());
    String subject = policy.subjectFor(command.username());
    if (!attempts.find(subject).isLockedAt(time.now())) {
      return false;
    }
    attempts.clear(subject);
    auditor.record(
        AuditEventType.LOCK_CLEARED,
        command.actor(),
        subject.substring(USER_PREFIX.length()),
        command.client(),
        "lock lifted by an admin; the address limit stays");
    return true;
  }
}
