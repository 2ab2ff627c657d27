package dev.authdash.core.service;

import dev.authdash.core.config.MailConfig;
import dev.authdash.core.error.MailDeliveryException;
import dev.authdash.core.model.AuditEventType;
import dev.authdash.core.model.ClientInfo;
import dev.authdash.core.model.OutboxMail;
import dev.authdash.core.port.in.DeliverMailUseCase;
import dev.authdash.core.port.out.MailOutbox;
import dev.authdash.core.port.out.MailSender;
import java.time.Instant;

/**
 * The outbox's sender: claims due mails (atomically, so several dashboards never send one twice),
 * hands each to the {@link MailSender}, and removes it when the server took it. A failure makes the
 * mail due again after {@link MailConfig#retryDelay} (30 s, doubling, at most an hour); a mail that
 * could not be sent for {@link MailConfig#giveUpAfter} (24 h), or that the server refused for good,
 * is given up and audited as {@code MAIL_FAILED}.
 */
public final class MailDeliveryService implements DeliverMailUseCase {
  static final int BATCH = 20;

  private final MailOutbox outbox;
  private final MailSender sender;
  private final Mailer mailer;
  private final Auditor auditor;
  private final TimeSource time;

  MailDeliveryService(
      MailOutbox outbox, MailSender sender, Mailer mailer, Auditor auditor, TimeSource time) {
    this.outbox = outbox;
    this.sender = sender;
    this.mailer = mailer;
    this.auditor = auditor;
    this.time = time;
  }

  @Override
  public Delivery deliverDue() {
    MailConfig config = mailer.config();
    int sent = 0;
    int retrying = 0;
    int givenUp = 0;
    for (OutboxMail mail : outbox.claimDue(time.now(), config.lease(), BATCH)) {
      String failure;
      boolean permanent;
      try {
        sender.send(mailer.open(mail));
        outbox.delivered(mail.id());
        sent++;
        continue;
      } catch (MailDeliveryException e) {
        failure = e.getMessage();
        permanent = e.permanent();
      } catch (IllegalArgumentException unreadable) {
        failure = "the mail cannot be opened with the current secret key";
        permanent = true;
      }
      Instant now = time.now();
      if (permanent || !now.isBefore(mail.createdAt().plus(config.giveUpAfter()))) {
        outbox.giveUp(mail.id(), failure);
        auditor.record(
            AuditEventType.MAIL_FAILED,
            "system",
            mail.to().masked(),
            ClientInfo.local(),
            mail.kind() + " mail given up after " + mail.attempts() + " attempt(s): " + failure);
        givenUp++;
      } else {
        outbox.retryLater(mail.id(), now.plus(config.retryDelay(mail.attempts())), failure);
        retrying++;
      }
    }
    return new Delivery(sent, retrying, givenUp);
  }
}
