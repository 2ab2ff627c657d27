package dev.authdash.core.error;

/** No live session of this user has this handle. */
public final class SessionNotFoundException extends AuthException {
  private static final long serialVersionUID = 1L;

  public SessionNotFoundException() {
    super(RefusalKind.NOT_FOUND, "That session no longer exists.");
  }
}
