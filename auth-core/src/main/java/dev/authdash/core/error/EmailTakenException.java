package dev.authdash.core.error;

/** Another user has already verified this email address. */
public final class EmailTakenException extends AuthException {
  private static final long serialVersionUID = 1L;

  public EmailTakenException() {
    super(RefusalKind.CONFLICT, "This email address belongs to another account.");
  }
}
