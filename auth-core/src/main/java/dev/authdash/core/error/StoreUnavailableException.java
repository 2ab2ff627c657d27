package dev.authdash.core.error;

/**
 * A store (database, Redis) could not be reached or written. Thrown by adapters; web shows a 503
 * page, the CLI exits with its own code. The cause is kept for the log, never shown to users.
 */
public final class StoreUnavailableException extends OutageException {
  private static final long serialVersionUID = 1L;

  public StoreUnavailableException(String store, Throwable cause) {
    super("The " + store + " is unavailable right now. Please try again in a moment.", cause);
  }
}
