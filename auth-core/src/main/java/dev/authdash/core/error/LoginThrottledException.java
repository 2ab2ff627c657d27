package dev.authdash.core.error;

import java.time.Duration;

/**
 * Sign-in refused without looking at the password, because of too many recent failures for the
 * username or from the address. Given for every username alike, existing or not.
 */
public final class LoginThrottledException extends AuthException {
  private static final long serialVersionUID = 1L;

  public static final String MESSAGE =
      "Invalid username or password, or too many failed attempts. Please try again later.";

  private final Duration retryAfter;

  public LoginThrottledException(Duration retryAfter) {
    super(RefusalKind.THROTTLED, MESSAGE);
    this.retryAfter = retryAfter;
  }

  /** How long until the lock lifts (for a Retry-After header). */
  public Duration retryAfter() {
    return retryAfter;
  }
}
