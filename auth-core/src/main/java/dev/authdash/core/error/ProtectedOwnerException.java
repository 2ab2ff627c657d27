package dev.authdash.core.error;

/** The first admin (the owner) cannot be demoted or deleted, and other admins cannot act on it. */
public final class ProtectedOwnerException extends PolicyViolationException {
  private static final long serialVersionUID = 1L;

  public ProtectedOwnerException(String message) {
    super(message);
  }
}
