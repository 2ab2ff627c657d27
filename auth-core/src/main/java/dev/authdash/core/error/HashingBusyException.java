package dev.authdash.core.error;

/**
 * Every password-hashing thread is taken and the wait for one would be longer than the admitted
 * maximum ({@code auth.hashing.max-wait}), so the request is refused at once instead of waiting.
 * Says nothing about the password: it was not looked at, and a sign-in refused this way is not a
 * failed attempt. Web answers 503 with {@code Retry-After}.
 */
public final class HashingBusyException extends OutageException {
  private static final long serialVersionUID = 1L;

  public static final String MESSAGE = "The server is busy. Please try again in a moment.";

  public HashingBusyException() {
    super(MESSAGE);
  }
}
