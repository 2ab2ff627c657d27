package dev.authdash.core.port.in;

import dev.authdash.core.model.RecoveryCodes;

/** New recovery codes for oneself (the old ones stop working), with the password. */
public interface RecoveryCodesUseCase {
  /**
   * Replaces the signed-in user's recovery codes with ten new ones, returned to be shown once;
   * needs the current password and two-factor sign-in on (audited {@code
   * RECOVERY_CODES_REGENERATED}).
   */
  RecoveryCodes regenerate(RegenerateRecoveryCodesCommand command);
}
