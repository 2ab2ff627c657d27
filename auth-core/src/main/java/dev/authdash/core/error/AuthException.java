package dev.authdash.core.error;

/**
 * Root of every refusal the core can give. Apps map each subtype to a page, a status or an exit
 * code; the message is safe to show to the person who caused it.
 */
public abstract class AuthException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  protected AuthException(String message) {
    super(message);
  }

  protected AuthException(String message, Throwable cause) {
    super(message, cause);
  }
}
