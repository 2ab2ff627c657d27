package dev.authdash.core.error;

/** An admin tried to delete its own account. */
public final class SelfDeletionException extends PolicyViolationException {
  private static final long serialVersionUID = 1L;

  public SelfDeletionException() {
    super("You cannot delete your own account.");
  }
}
