package dev.authdash.core.error;

/**
 * A mail could not be handed to the mail server. An outage, not a refusal: the outbox retries it
 * later, unless the server refused it for good ({@link #permanent()}, an SMTP 5xx answer), when it
 * is given up at once. The message is the server's answer or the connection's failure, never a
 * credential.
 */
public final class MailDeliveryException extends OutageException {
  private static final long serialVersionUID = 1L;

  private final boolean permanent;

  public MailDeliveryException(String message, boolean permanent, Throwable cause) {
    super(message, cause);
    this.permanent = permanent;
  }

  public boolean permanent() {
    return permanent;
  }
}
