package dev.authdash.core.port.in;

import dev.authdash.core.model.Actor;
import dev.authdash.core.model.ClientInfo;
import dev.authdash.core.model.ResetLink;

/**
 * Incoming port (admin, OWASP ASVS 6.4.6): start a password reset without ever setting or seeing
 * the password. The link is single-use and short-lived; a new link voids the older one.
 */
public interface IssueResetLinkUseCase {

  /**
   * @throws dev.authdash.core.error.UserNotFoundException no such user
   * @throws dev.authdash.core.error.ProtectedOwnerException another admin targeting the owner
   */
  ResetLink issueResetLink(Actor actor, String username, ClientInfo client);
}
