package dev.authdash.core.port.in;

import dev.authdash.core.model.Actor;
import dev.authdash.core.model.OutboxMail;
import java.util.List;

/** Incoming port (admins, the CLI): try the mail server, and look into the outbox. */
public interface MailAdminUseCase {

  /**
   * Sends one test mail now, through the configured server (not the outbox).
   *
   * @return the server's answer to the message
   * @throws dev.authdash.core.error.InvalidInputException a malformed address, or no mail server
   * @throws dev.authdash.core.error.MailDeliveryException the server could not be reached or
   *     refused
   */
  String sendTestMail(Actor actor, String address);

  /** Pending and failed mails, oldest first, at most {@code max}. */
  List<OutboxMail> outbox(Actor actor, int max);
}
