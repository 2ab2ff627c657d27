package dev.authdash.core.port.in;

/** Incoming port: a signed-in user changes its own password; its other sessions end. */
public interface ChangePasswordUseCase {

  /**
   * @return how many other sessions were signed out
   * @throws dev.authdash.core.error.InvalidCredentialsException the current password is wrong
   * @throws dev.authdash.core.error.PasswordRejectedException the new one breaks the policy
   */
  int changePassword(ChangePasswordCommand command);
}
