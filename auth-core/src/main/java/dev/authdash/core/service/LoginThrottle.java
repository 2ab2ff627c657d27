package dev.authdash.core.service;

import dev.authdash.core.error.InvalidCredentialsException;
import dev.authdash.core.error.LoginThrottledException;
import dev.authdash.core.model.AttemptRecord;
import dev.authdash.core.model.AuditEventType;
import dev.authdash.core.model.ClientInfo;
import dev.authdash.core.policy.LockoutPolicy;
import dev.authdash.core.port.out.LoginAttemptStore;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Applies the lockout policy to password checks (login and change of password): refuses locked
 * subjects and exhausted addresses before any hashing, counts failures, locks, and clears on
 * success. It keys on the typed username, so it behaves the same for names that do not exist; an
 * attempt from a trusted device (one whose device cookie vouches for the name) keys on that device
 * instead, so failures elsewhere cannot lock it out and its own failures lock only it. The
 * per-address budget applies to both.
 *
 * <p>The audit log records what was checked, not every knock on a closed door: each checked failure
 * and each lock is a row, but attempts refused during a lock are only counted, and one row tells
 * their number once the lock has ended (at the next attempt for that name or device, or its next
 * success); an address over its budget is recorded at its first refusal of the minute only.
 */
final class LoginThrottle {
  private final LoginAttemptStore attempts;
  private final LockoutPolicy policy;
  private final Auditor auditor;

  LoginThrottle(LoginAttemptStore attempts, LockoutPolicy policy, Auditor auditor) {
    this.attempts = attempts;
    this.policy = policy;
    this.auditor = auditor;
  }

  /** Throws when the address or the username may not try now. Does not extend a lock. */
  void checkAllowed(String typedUsername, ClientInfo client, Instant now) {
    checkAllowed(typedUsername, Optional.empty(), client, now);
  }

  /** The same for an attempt that may come from a trusted device (its id). */
  void checkAllowed(
      String typedUsername, Optional<String> trustedDevice, ClientInfo client, Instant now) {
    if (policy.addressExhausted(attempts.count(policy.addressCounterFor(client.address(), now)))) {
      long refused =
          attempts.increment(policy.addressRefusalsFor(client.address(), now), policy.window());
      if (refused == 1) {
        auditor.record(
            AuditEventType.LOGIN_FAILED,
            shown(typedUsername),
            "",
            client,
            "refused: too many failures from this address; later refusals this minute are not"
                + " logged");
      }
      throw new LoginThrottledException(policy.untilWindowEnds(now));
    }
    String subject = subject(typedUsername, trustedDevice);
    AttemptRecord record = attempts.find(subject);
    if (record.isLockedAt(now)) {
      Duration left = Duration.between(now, record.lockedUntil());
      attempts.increment(
          policy.lockRefusalsFor(subject, record.lockedUntil()), left.plus(policy.retention()));
      throw new LoginThrottledException(left);
    }
    reportRefusals(typedUsername, subject, record);
  }

  /**
   * Once a lock has ended: one row with the number of attempts refused during it, written by the
   * first caller to get there (the marker's increment decides), none when there were none.
   */
  private void reportRefusals(String typedUsername, String subject, AttemptRecord record) {
    if (record.lockedUntil() == null) {
      return;
    }
    String counter = policy.lockRefusalsFor(subject, record.lockedUntil());
    long refused = attempts.count(counter);
    if (refused > 0 && attempts.increment(counter + ":told", policy.retention()) == 1) {
      auditor.record(
          AuditEventType.REFUSED_WHILE_LOCKED,
          "system",
          shown(typedUsername),
          ClientInfo.local(),
          refused
              + " attempt(s) refused during the lock until "
              + record.lockedUntil()
              + (subject.startsWith("device:") ? " (a trusted device)" : ""));
    }
  }

  /** Counts a failure and throws: a lock when this failure reaches the limit, else invalid. */
  RuntimeException failure(
      String typedUsername, ClientInfo client, Instant now, InvalidCredentialsException error) {
    return failure(typedUsername, Optional.empty(), client, now, error);
  }

  /** The same for an attempt that may come from a trusted device: it counts toward that device. */
  RuntimeException failure(
      String typedUsername,
      Optional<String> trustedDevice,
      ClientInfo client,
      Instant now,
      InvalidCredentialsException error) {
    attempts.increment(policy.addressCounterFor(client.address(), now), policy.window());
    String subject = subject(typedUsername, trustedDevice);
    AttemptRecord after = attempts.recordFailure(subject, policy.retention());
    String from = trustedDevice.isPresent() ? " (from a trusted device)" : "";
    auditor.record(
        AuditEventType.LOGIN_FAILED, shown(typedUsername), "", client, error.getMessage() + from);
    if (policy.shouldLock(after.consecutiveFailures())) {
      int level = after.lockLevel() + 1;
      Duration lock = policy.lockDuration(level);
      attempts.lock(subject, level, now.plus(lock), policy.retention());
      auditor.record(
          AuditEventType.LOCKED,
          "system",
          shown(typedUsername),
          client,
          (trustedDevice.isPresent() ? "trusted device locked for " : "locked for ")
              + lock.toSeconds()
              + " s after repeated failures");
      return new LoginThrottledException(lock);
    }
    return error;
  }

  /**
   * Counts a failure against the client address alone (no username was given, as in a passkey
   * sign-in whose signature did not verify) and audits it.
   */
  void addressFailure(ClientInfo client, Instant now, String detail) {
    attempts.increment(policy.addressCounterFor(client.address(), now), policy.window());
    auditor.record(AuditEventType.LOGIN_FAILED, "", "", client, detail);
  }

  void success(String username) {
    success(username, Optional.empty());
  }

  /**
   * Clears the subject that was counted: the device's record after a sign-in from a trusted device
   * (the name's global count, which others may be running up, stays as it is), else the name's.
   */
  void success(String username, Optional<String> trustedDevice) {
    String subject = subject(username, trustedDevice);
    reportRefusals(username, subject, attempts.find(subject));
    attempts.clear(subject);
  }

  private String subject(String typedUsername, Optional<String> trustedDevice) {
    return trustedDevice
        .map(policy::deviceSubjectFor)
        .orElseGet(() -> policy.subjectFor(typedUsername));
  }

  /** What the audit log shows of a typed name: bounded, so garbage cannot flood the log. */
  private String shown(String typed) {
    return policy.subjectFor(typed).substring("user:".length());
  }
}
