package dev.authdash.core.model;

import dev.authdash.core.error.InvalidInputException;
import java.util.Locale;

/** Kinds of security-relevant acts the audit log records. */
public enum AuditEventType {
  REGISTERED,
  LOGIN_SUCCEEDED,
  LOGIN_FAILED,
  LOCKED,
  LOCK_CLEARED,
  LOGGED_OUT,
  SESSION_EXPIRED,
  ROLE_CHANGED,
  USER_CREATED,
  USER_DELETED,
  PASSWORD_CHANGED,
  SESSIONS_REVOKED,
  RESET_LINK_ISSUED,
  PASSWORD_RESET,
  MFA_ENABLED,
  MFA_DISABLED,
  MFA_RESET,
  RECOVERY_CODE_USED,
  RECOVERY_CODES_REGENERATED,
  MFA_FAILED,
  PASSKEY_ADDED,
  PASSKEY_REMOVED,
  PASSKEY_CLONED_SUSPECTED,

  RATE_LIMITED,
  RESET_REQUESTED,
  MAIL_FAILED,
  /** How many attempts were refused during a lock: one row when the lock has ended. */
  REFUSED_WHILE_LOCKED,
  EMAIL_CHANGED,
  /** A user downloaded their own data ("Download my data"). */
  DATA_EXPORTED,
  /** An admin (or the CLI) downloaded the users; the detail says the format and filter. */
  USERS_EXPORTED,
  /** An admin (or the CLI) downloaded audit events; the detail says the format and filter. */
  AUDIT_EXPORTED;

  public static AuditEventType parse(String raw) {
    String wanted = raw == null ? "" : raw.strip().toUpperCase(Locale.ROOT).replace('-', '_');
    for (AuditEventType type : values()) {
      if (type.name().equals(wanted)) {
        return type;
      }
    }
    throw new InvalidInputException("Unknown kind of audit event: " + raw);
  }
}
