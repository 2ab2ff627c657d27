package dev.authdash.core.port.in;

import dev.authdash.core.model.Actor;
import java.util.Optional;

/**
 * Incoming port (self-service): a signed-in user deletes their own account. The admin's {@link
 * DeleteUserUseCase} still refuses an admin deleting itself; this is the one way to do it, and it
 * asks for the password (and the second factor, when on) again.
 */
public interface DeleteOwnAccountUseCase {

  /**
   * Why this account cannot delete itself now (it is the owner, or the last admin), or empty when
   * it can. Asks for nothing secret; the confirmation page shows it instead of the form.
   */
  Optional<String> refusal(Actor actor);

  /**
   * Deletes the account with its second factor, passkeys, reset links and email address, ends every
   * one of its sessions (their browsers are told why) and records {@code USER_DELETED} with the
   * user as actor. Refused with nothing changed for a wrong password or code (counted like a failed
   * sign-in), the owner, or the last admin.
   *
   * @return how many sessions ended (this one included)
   * @throws dev.authdash.core.error.InvalidCredentialsException a wrong password or code
   * @throws dev.authdash.core.error.LoginThrottledException too many wrong passwords lately
   * @throws dev.authdash.core.error.ProtectedOwnerException the owner
   * @throws dev.authdash.core.error.LastAdminException the last admin
   */
  int deleteOwnAccount(DeleteOwnAccountCommand command);
}
