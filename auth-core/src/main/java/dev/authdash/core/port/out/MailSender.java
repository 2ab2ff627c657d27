package dev.authdash.core.port.out;

import dev.authdash.core.error.MailDeliveryException;
import dev.authdash.core.model.MailMessage;

/**
 * Outgoing port: hands one mail to a mail server (or, for trials, to the log). Called by the
 * outbox's background sender only, never on a request's thread. Thread-safe.
 */
public interface MailSender {

  /**
   * Sends the mail.
   *
   * @return the server's answer (for SMTP, its reply to the message, e.g. {@code 250 OK})
   * @throws MailDeliveryException when the server cannot be reached or refuses the mail
   */
  String send(MailMessage message);

  /** Where mail goes, for the start log and the CLI ({@code smtp://host:587 (starttls)}). */
  String describe();
}
