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
      auditor.record(
          AuditEventType.LOGIN_FAILED,
          shown(typedUsername),
          "",
          client,
          "refused: too many failures from this address");
      throw new LoginThrottledException(policy.untilWindowEnds(now));
    }
    AttemptRecord record = attempts.find(subject(typedUsername, trustedDevice));
    if (record.isLockedAt(now)) {
      auditor.record(
          AuditEventType.LOGIN_FAILED, shown(typedUsername), "", client, "refused: locked");
      throw new LoginThrottledException(Duration.between(now, record.lockedUntil()));
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

  void success(String username) {
    success(username, Optional.empty());
  }

  /**
   * Clears the subject that was counted: the device's record after a sign-in from a trusted device
   * (the name's global count, which others may be running up, stays as it is), else the name's.
   */
  void success(String username, Optional<String> trustedDevice) {
    attempts.clear(subject(username, trustedDevice));
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
