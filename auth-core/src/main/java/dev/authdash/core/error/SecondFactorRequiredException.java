package dev.authdash.core.error;

/**
 * Not a failure but the first of two steps: the password was right and the account asks for a
 * second factor. Carries the pending sign-in to hand to the client for the second step ({@link
 * dev.authdash.core.port.in.CompleteSignInUseCase}, after {@code PendingSignIn.parse}). An app that
 * does not know about two steps treats it as any other refusal, so it never signs in on the
 * password alone.
 */
public final class SecondFactorRequiredException extends AuthException {
  private static final long serialVersionUID = 1L;

  private final transient String pendingSignIn;

  public SecondFactorRequiredException(String pendingSignIn) {
    super(RefusalKind.SECOND_STEP, "Enter the code from your authenticator app.");
    this.pendingSignIn = pendingSignIn;
  }

  /** The pending sign-in's value, for the client (a short-lived cookie) and nowhere else. */
  public String revealPendingSignIn() {
    return pendingSignIn;
  }
}
