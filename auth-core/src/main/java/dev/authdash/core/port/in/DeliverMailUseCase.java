package dev.authdash.core.port.in;

/**
 * Incoming port (the background sender): sends the outbox's mails that are due, retrying failures
 * with a growing wait and giving up, audited, after the configured time.
 */
public interface DeliverMailUseCase {

  /** Sends the mails due now; returns what happened to them. */
  Delivery deliverDue();

  /** Mails handed to the server, put back for a later attempt, and given up in one round. */
  record Delivery(int sent, int retrying, int givenUp) {
    public int claimed() {
      return sent + retrying + givenUp;
    }
  }
}
