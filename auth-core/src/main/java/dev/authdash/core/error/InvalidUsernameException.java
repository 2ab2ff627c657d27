package dev.authdash.core.error;

/** The username breaks the naming rule (3–32 letters, digits, '.', '_' or '-'). */
public final class InvalidUsernameException extends AuthException {
  private static final long serialVersionUID = 1L;

  public InvalidUsernameException(String message) {
    super(RefusalKind.INVALID_INPUT, message);
  }
}
