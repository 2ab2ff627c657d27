package dev.authdash.core.port.in;

/**
 * An admin (or operator) removes a user's second factor, for someone who lost their app and their
 * recovery codes. Nobody but the owner resets the owner's.
 */
public interface ResetSecondFactorUseCase {
  /**
   * Removes the named user's second factor (audited {@code MFA_RESET}); returns false when the user
   * had none.
   */
  boolean reset(ActOnUserCommand command);
}
