package dev.authdash.core.error;

/** The act would leave no admin. */
public final class LastAdminException extends PolicyViolationException {
  private static final long serialVersionUID = 1L;

  public LastAdminException() {
    super("There must always be at least one admin.");
  }

  /** The same refusal in words for whoever asked (e.g. the last admin deleting itself). */
  public LastAdminException(String message) {
    super(message);
  }
}
