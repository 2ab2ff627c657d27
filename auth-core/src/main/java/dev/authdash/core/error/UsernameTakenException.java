package dev.authdash.core.error;

/** Another user already has this username (compared lower-case). */
public final class UsernameTakenException extends AuthException {
  private static final long serialVersionUID = 1L;

  public UsernameTakenException() {
    super(RefusalKind.CONFLICT, "Username already exists.");
  }
}
