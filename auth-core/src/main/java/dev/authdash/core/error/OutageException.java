package dev.authdash.core.error;

/**
 * Root of the outages: something the core needs could not do its part right now (a store, the
 * hashing pool, the mail server). Not a refusal, so never an {@link AuthException}: the request may
 * well be right, and trying again later can succeed. Web answers 503, the CLI its own exit code.
 */
public abstract sealed class OutageException extends RuntimeException
    permits StoreUnavailableException, HashingBusyException, MailDeliveryException {
  private static final long serialVersionUID = 1L;

  protected OutageException(String message) {
    super(message);
  }

  protected OutageException(String message, Throwable cause) {
    super(message, cause);
  }
}
