package dev.authdash.core.port.in;

import dev.authdash.core.model.ResetToken;
import dev.authdash.core.model.Username;
import java.util.Optional;

/**
 * Incoming port: the person holding a reset link chooses a new password. Success signs out every
 * session of the user, clears any login lock, and the link dies.
 */
public interface ResetPasswordUseCase {

  /** Whose password the link resets, when it is still valid (does not use it up). */
  Optional<Username> checkResetLink(ResetToken token);

  /**
   * Sets the new password of the link's user, uses the link up, signs out every session of the user
   * and clears the name's lock (audited {@code PASSWORD_RESET}).
   *
   * @throws dev.authdash.core.error.InvalidInputException the link is unknown, used or expired
   * @throws dev.authdash.core.error.PasswordRejectedException the password breaks the policy (the
   *     link stays usable)
   */
  void resetPassword(ResetPasswordCommand command);
}
