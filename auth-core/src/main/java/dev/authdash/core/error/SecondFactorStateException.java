package dev.authdash.core.error;

/** An act on a second factor that does not fit its state (already on, not on, not enrolling). */
public final class SecondFactorStateException extends AuthException {
  private static final long serialVersionUID = 1L;

  public SecondFactorStateException(String message) {
    super(RefusalKind.CONFLICT, message);
  }
}
