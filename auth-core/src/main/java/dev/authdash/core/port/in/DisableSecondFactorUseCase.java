package dev.authdash.core.port.in;

/** Turning one's own second factor off, with the password and a current code. */
public interface DisableSecondFactorUseCase {
  /**
   * Turns the signed-in user's second factor off when the password is the current one and the code
   * (from the app, or a recovery code) is right; audited {@code MFA_DISABLED}. A wrong password or
   * code counts like a failed sign-in.
   */
  void disable(SecondFactorCommand command);
}
