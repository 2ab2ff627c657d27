package dev.authdash.web.view;

import dev.authdash.core.model.AuditEventType;
import java.util.Arrays;
import java.util.List;

/**
 * Kinds of audit event in words for people ("Signed in", "Sign-in failed"); the code stays beside
 * them for admins who script. The switch has no default, so a new kind without words does not
 * compile.
 */
public final class AuditEventLabels {
  private AuditEventLabels() {}

  /** A kind as the audit filter offers it: the code it sends and the words it shows. */
  public record Kind(String code, String label) {}

  /** Every kind, in the order of {@link AuditEventType}. */
  public static List<Kind> kinds() {
    return Arrays.stream(AuditEventType.values())
        .map(type -> new Kind(type.name(), label(type)))
        .toList();
  }

  public static String label(AuditEventType type) {
    return switch (type) {
      case REGISTERED -> "Registered";
      case LOGIN_SUCCEEDED -> "Signed in";
      case LOGIN_FAILED -> "Sign-in failed";
      case LOCKED -> "Account locked";
      case LOCK_CLEARED -> "Lock lifted by an admin";
      case LOGGED_OUT -> "Signed out";
      case SESSION_EXPIRED -> "Session expired";
      case ROLE_CHANGED -> "Role changed";
      case USER_CREATED -> "User created";
      case USER_DELETED -> "User deleted";
      case PASSWORD_CHANGED -> "Password changed";
      case SESSIONS_REVOKED -> "Sessions signed out";
      case RESET_LINK_ISSUED -> "Reset link issued";
      case PASSWORD_RESET -> "Password reset by link";
      case MFA_ENABLED -> "Two-factor sign-in turned on";
      case MFA_DISABLED -> "Two-factor sign-in turned off";
      case MFA_RESET -> "Two-factor sign-in reset by an admin";
      case RECOVERY_CODE_USED -> "Signed in with a recovery code";
      case RECOVERY_CODES_REGENERATED -> "New recovery codes made";
      case MFA_FAILED -> "Wrong two-factor code";
      case PASSKEY_ADDED -> "Passkey added";
      case PASSKEY_REMOVED -> "Passkey removed";
      case PASSKEY_CLONED_SUSPECTED -> "Passkey refused: it may have been copied";
      case RATE_LIMITED -> "Too many attempts from one address";
      case RESET_REQUESTED -> "Password reset asked for by email";
      case MAIL_FAILED -> "Mail could not be sent";
      case REFUSED_WHILE_LOCKED -> "Attempts refused while locked";
      case EMAIL_CHANGED -> "Email address changed";
      case DATA_EXPORTED -> "Downloaded their data";
      case USERS_EXPORTED -> "Users exported";
      case AUDIT_EXPORTED -> "Audit log exported";
    };
  }
}
