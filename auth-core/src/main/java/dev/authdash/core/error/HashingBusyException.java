package dev.authdash.core.error;

/**
 * Every password-hashing slot is taken and the short queue behind them is full, so the request is
 * refused at once instead of waiting. Says nothing about the password: it was not looked at, and a
 * sign-in refused this way is not a failed attempt. Web answers 503 with {@code Retry-After}.
 */
public final class HashingBusyException extends AuthException {
  private static final long serialVersionUID = 1L;

  public static final String MESSAGE = "The server is busy. Please try again in a moment.";

  public HashingBusyException() {
    super(MESSAGE);
  }
}
