package dev.authdash.core.policy;

import dev.authdash.core.error.PasswordRejectedException;
import dev.authdash.core.model.Password;
import dev.authdash.core.model.Username;
import java.util.Locale;

/**
 * NIST SP 800-63B / OWASP ASVS 5.0 V6 password rules: a length range, no composition rules, and no
 * common, easily guessed or username-based passwords. The length cap is checked first, so an
 * oversized input costs nothing more.
 */
public final class PasswordPolicy {
  private final int minLength;
  private final int maxLength;
  private final StrengthEstimator estimator;

  public PasswordPolicy(int minLength, int maxLength, StrengthEstimator estimator) {
    this.minLength = minLength;
    this.maxLength = maxLength;
    this.estimator = estimator;
  }

  /** True when the password is longer than any acceptable one: refuse it before hashing. */
  public boolean isOversized(Password password) {
    return password.reveal().length() > maxLength;
  }

  /**
   * @throws PasswordRejectedException naming the rule the password breaks
   */
  public void check(Password password, Username username) {
    if (isOversized(password)) {
      throw new PasswordRejectedException("Password must be at most " + maxLength + " characters.");
    }
    if (password.length() < minLength) {
      throw new PasswordRejectedException(
          "Password must be at least " + minLength + " characters.");
    }
    String lower = password.reveal().toLowerCase(Locale.ROOT);
    if (lower.contains(username.value())) {
      throw new PasswordRejectedException("Password must not contain the username.");
    }
    if (estimator.isEasilyGuessed(password.reveal())) {
      throw new PasswordRejectedException(
          "Password is too common or too easy to guess. Try a longer phrase of unrelated words.");
    }
  }

  public int minLength() {
    return minLength;
  }

  public int maxLength() {
    return maxLength;
  }
}
