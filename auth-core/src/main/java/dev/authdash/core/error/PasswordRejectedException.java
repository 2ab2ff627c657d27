package dev.authdash.core.error;

/** The password breaks the password policy; the message says which rule, never the password. */
public final class PasswordRejectedException extends PolicyViolationException {
  private static final long serialVersionUID = 1L;

  public PasswordRejectedException(String message) {
    super(message);
  }
}
