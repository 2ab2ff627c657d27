package dev.authdash.core.error;

import java.time.Duration;

/** Too many attempts of one kind from one client address in the current window: try later. */
public final class RateLimitedException extends AuthException {
  private static final long serialVersionUID = 1L;

  private final Duration retryAfter;

  public RateLimitedException(String message, Duration retryAfter) {
    super(RefusalKind.THROTTLED, message);
    this.retryAfter = retryAfter;
  }

  /** How long until the window ends (for a Retry-After header). */
  public Duration retryAfter() {
    return retryAfter;
  }
}
