package dev.authdash.web.passkey;

/**
 * The relying party could not verify what a browser sent (a wrong or spent challenge, another
 * origin, a bad signature, a malformed response). Its message is safe to show; the cause is not.
 */
public final class PasskeyRefusedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public PasskeyRefusedException(String message) {
    super(message);
  }

  public PasskeyRefusedException(String message, Throwable cause) {
    super(message, cause);
  }
}
