package dev.authdash.core.error;

/**
 * The second step came with no valid pending sign-in: it took longer than five minutes, the
 * password changed meanwhile, or the value was forged. The person starts again with the password.
 */
public final class SignInExpiredException extends AuthException {
  private static final long serialVersionUID = 1L;

  public static final String MESSAGE =
      "Your sign-in took too long. Please enter your password again.";

  public SignInExpiredException() {
    super(RefusalKind.NOT_AUTHENTICATED, MESSAGE);
  }
}
