package dev.authdash.core.error;

/**
 * A sign-in that failed. The message is the same for an unknown user and a wrong password, so it
 * reveals nothing about which usernames exist.
 */
public final class InvalidCredentialsException extends AuthException {
  private static final long serialVersionUID = 1L;

  public static final String MESSAGE = "Invalid username or password.";

  public InvalidCredentialsException() {
    super(RefusalKind.NOT_AUTHENTICATED, MESSAGE);
  }

  public InvalidCredentialsException(String message) {
    super(RefusalKind.NOT_AUTHENTICATED, message);
  }
}
