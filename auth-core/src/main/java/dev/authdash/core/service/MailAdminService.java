package dev.authdash.core.service;

import dev.authdash.core.error.InvalidInputException;
import dev.authdash.core.model.Actor;
import dev.authdash.core.model.EmailAddress;
import dev.authdash.core.model.OutboxMail;
import dev.authdash.core.port.in.MailAdminUseCase;
import dev.authdash.core.port.out.MailOutbox;
import dev.authdash.core.port.out.MailSender;
import java.util.List;
import java.util.Map;

/** An admin's look at mail: a test mail straight to the server, and the outbox's contents. */
final class MailAdminService implements MailAdminUseCase {
  private final Access access;
  private final MailOutbox outbox;
  private final MailSender sender;
  private final Mailer mailer;

  MailAdminService(Access access, MailOutbox outbox, MailSender sender, Mailer mailer) {
    this.access = access;
    this.outbox = outbox;
    this.sender = sender;
    this.mailer = mailer;
  }

  @Override
  public String sendTestMail(Actor actor, String address) {
    access.requireAdmin(actor);
    EmailAddress to = EmailAddress.of(address);
    if ("memory".equals(sender.describe())) {
      throw new InvalidInputException(
          "No mail server is configured: set AUTH_SMTP_HOST (or AUTH_MAIL_TRANSPORT=log).");
    }
    return sender.send(mailer.render("test", to, Map.of()));
  }

  @Override
  public List<OutboxMail> outbox(Actor actor, int max) {
    access.requireAdmin(actor);
    return outbox.list(max);
  }
}
