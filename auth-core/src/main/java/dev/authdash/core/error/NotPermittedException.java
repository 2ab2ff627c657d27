package dev.authdash.core.error;

/** The actor lacks the right for this act (an admin act by a non-admin, or a stale session). */
public final class NotPermittedException extends AuthException {
  private static final long serialVersionUID = 1L;

  public NotPermittedException(String message) {
    super(RefusalKind.NOT_PERMITTED, message);
  }
}
