package dev.authdash.core.port.out;

import dev.authdash.core.model.MailId;
import dev.authdash.core.model.OutboxMail;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Outgoing port: mail waiting to be sent, kept in the users store so that a mail is written in the
 * same {@link UnitOfWork} as the token it carries, survives restarts and SMTP outages, and is
 * claimed by one sender at a time even when several dashboards share the store. Thread-safe; throws
 * {@link dev.authdash.core.error.StoreUnavailableException} on outage.
 */
public interface MailOutbox {

  /** Stores a new mail (joining the current unit of work when there is one). */
  void enqueue(OutboxMail mail);

  /**
   * Claims up to {@code max} pending mails due at {@code now}, oldest due first, atomically: each
   * claimed mail gets one more attempt and is not due again before {@code now + lease}, so of two
   * senders claiming at once (threads or processes) each mail goes to exactly one. A sender that
   * dies while holding a mail leaves it to be claimed again when the lease ends.
   *
   * @return the claimed mails, as they are after the claim
   */
  List<OutboxMail> claimDue(Instant now, Duration lease, int max);

  /** The mail was handed to the mail server: it leaves the outbox. */
  void delivered(MailId id);

  /** The attempt failed: the mail is due again at {@code nextAttemptAt}, with the reason kept. */
  void retryLater(MailId id, Instant nextAttemptAt, String error);

  /** The mail is given up: it stays, failed, for the operator, and is never claimed again. */
  void giveUp(MailId id, String error);

  /** Pending and failed mails, oldest first, at most {@code max}. */
  List<OutboxMail> list(int max);
}
