package dev.authdash.core.port.in;

import dev.authdash.core.model.ResetLink;

/**
 * Incoming port (admin, OWASP ASVS 6.4.6): start a password reset without ever setting or seeing
 * the password. The link is single-use and short-lived; a new link voids the older one.
 */
public interface IssueResetLinkUseCase {

  /**
   * A new single-use reset link for the named user, shown once to the admin who asked (voiding the
   * user's older links); audited {@code RESET_LINK_ISSUED}.
   *
   * @throws dev.authdash.core.error.UserNotFoundException no such user
   * @throws dev.authdash.core.error.ProtectedOwnerException another admin targeting the owner
   */
  ResetLink issueResetLink(ActOnUserCommand command);
}
