package dev.authdash.core.error;

/** A value that is malformed or out of range (page number, handle, empty field). */
public final class InvalidInputException extends AuthException {
  private static final long serialVersionUID = 1L;

  public InvalidInputException(String message) {
    super(RefusalKind.INVALID_INPUT, message);
  }
}
