package dev.authdash.core.port.in;

/**
 * Incoming port: an operator (the CLI) or an admin sets a user's password outright, as the way back
 * in for an owner who lost theirs. Like every password change it signs out every session of the
 * user, voids their pending reset links and clears the name's lock. Only the owner or an operator
 * sets the owner's password.
 */
public interface SetPasswordUseCase {

  /**
   * @return how many sessions were signed out
   * @throws dev.authdash.core.error.NotPermittedException the actor is not an admin or operator
   * @throws dev.authdash.core.error.ProtectedOwnerException an admin aims at the owner
   * @throws dev.authdash.core.error.UserNotFoundException no such user
   * @throws dev.authdash.core.error.PasswordRejectedException the password breaks the policy
   */
  int setPassword(SetPasswordCommand command);
}
