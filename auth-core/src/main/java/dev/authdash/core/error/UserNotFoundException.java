package dev.authdash.core.error;

/** No user has this username. */
public final class UserNotFoundException extends AuthException {
  private static final long serialVersionUID = 1L;

  public UserNotFoundException(String username) {
    super(RefusalKind.NOT_FOUND, "No user named '" + username + "'.");
  }
}
