package dev.authdash.core.port.in;

import dev.authdash.core.model.EmailAddress;
import dev.authdash.core.model.Username;

/**
 * Incoming port: a user's email address. A new address is used only once proved, by a single-use
 * link mailed to it (24 hours, only its digest stored); the old verified address is told when the
 * change is done. Operators and admins may set an address directly.
 */
public interface ChangeEmailUseCase {

  /**
   * The signed-in person asks for a new address (their current password proves it is them).
   *
   * @return the address now waiting for its link (with mail off: kept, unverified)
   * @throws dev.authdash.core.error.InvalidCredentialsException a wrong current password
   * @throws dev.authdash.core.error.InvalidInputException the address is already the user's
   *     verified one (a blank or malformed one is refused as the command is made)
   */
  EmailAddress requestEmailChange(RequestEmailChangeCommand command);

  /**
   * Follows a verification link: the pending address becomes the user's, verified.
   *
   * @throws dev.authdash.core.error.InvalidInputException the link is unknown, used or expired
   * @throws dev.authdash.core.error.EmailTakenException another user verified the address first
   */
  Username verifyEmail(VerifyEmailCommand command);

  /**
   * An admin or operator sets a user's address (blank removes it), verified or not, without mail.
   */
  void setEmail(SetEmailCommand command);
}
