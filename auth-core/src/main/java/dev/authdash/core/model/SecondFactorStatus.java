package dev.authdash.core.model;

/**
 * Whether a user signs in with a second factor, and how many recovery codes they have left.
 *
 * @param enabled true when sign-in asks for a code
 * @param recoveryCodesLeft unused recovery codes (0 when not enabled)
 */
public record SecondFactorStatus(boolean enabled, int recoveryCodesLeft) {
  public static SecondFactorStatus off() {
    return new SecondFactorStatus(false, 0);
  }

  /** True when so few recovery codes are left that the owner should make new ones. */
  public boolean recoveryCodesLow() {
    return enabled && recoveryCodesLeft <= RecoveryCodes.LOW;
  }
}
