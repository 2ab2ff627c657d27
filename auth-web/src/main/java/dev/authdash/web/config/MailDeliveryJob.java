package dev.authdash.web.config;

import dev.authdash.core.config.MailConfig;
import dev.authdash.core.error.StoreUnavailableException;
import dev.authdash.core.port.in.DeliverMailUseCase;
import dev.authdash.core.port.in.DeliverMailUseCase.Delivery;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The outbox's background sender: every {@code auth.mail.poll-interval} (application.yml) it sends
 * the mails that are due, on a scheduler thread, never a request's. With mail off it does nothing.
 * Several dashboards on one users store each run it; the outbox's atomic claims give each mail to
 * one.
 */
@Singleton
public final class MailDeliveryJob {
  private static final Logger LOG = LoggerFactory.getLogger("dev.authdash.mail");

  private final DeliverMailUseCase deliverMail;
  private final MailConfig config;

  MailDeliveryJob(DeliverMailUseCase deliverMail, MailConfig config) {
    this.deliverMail = deliverMail;
    this.config = config;
  }

  @Scheduled(fixedDelay = "${auth.mail.poll-interval}", initialDelay = "${auth.mail.poll-interval}")
  void deliver() {
    if (!config.enabled()) {
      return;
    }
    try {
      Delivery round;
      do {
        round = deliverMail.deliverDue();
        if (round.retrying() > 0 || round.givenUp() > 0) {
          LOG.warn(
              "Mail: {} sent, {} not sent and retried later, {} given up (see authdash mail"
                  + " outbox)",
              round.sent(),
              round.retrying(),
              round.givenUp());
        }
      } while (round.sent() > 0 && round.retrying() == 0);
    } catch (StoreUnavailableException e) {
      LOG.warn("Mail: the outbox cannot be read right now; trying again later");
    }
  }
}
