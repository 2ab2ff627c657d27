package dev.authdash.core.error;

/**
 * A request the product's rules refuse (weak password, protected owner, last admin, self-deletion).
 */
public abstract class PolicyViolationException extends AuthException {
  private static final long serialVersionUID = 1L;

  protected PolicyViolationException(String message) {
    super(message);
  }
}
