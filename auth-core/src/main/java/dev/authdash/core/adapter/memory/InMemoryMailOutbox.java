package dev.authdash.core.adapter.memory;

import dev.authdash.core.model.MailId;
import dev.authdash.core.model.OutboxMail;
import dev.authdash.core.port.out.MailOutbox;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * In-memory adapter of {@link MailOutbox}: one map under one lock, so claims are atomic within the
 * process (the only place an in-memory outbox is seen). Lost with the process, like every in-memory
 * store.
 */
public final class InMemoryMailOutbox implements MailOutbox {
  private final Map<MailId, OutboxMail> mails = new LinkedHashMap<>();

  @Override
  public synchronized void enqueue(OutboxMail mail) {
    mails.put(mail.id(), mail);
  }

  @Override
  public synchronized List<OutboxMail> claimDue(Instant now, Duration lease, int max) {
    List<OutboxMail> due =
        mails.values().stream()
            .filter(m -> m.state() == OutboxMail.State.PENDING)
            .filter(m -> !m.nextAttemptAt().isAfter(now))
            .sorted(Comparator.comparing(OutboxMail::nextAttemptAt))
            .limit(max)
            .toList();
    List<OutboxMail> claimed = new ArrayList<>(due.size());
    for (OutboxMail m : due) {
      OutboxMail held = m.claimedUntil(now.plus(lease));
      mails.put(m.id(), held);
      claimed.add(held);
    }
    return claimed;
  }

  @Override
  public synchronized void delivered(MailId id) {
    mails.remove(id);
  }

  @Override
  public synchronized void retryLater(MailId id, Instant nextAttemptAt, String error) {
    mails.computeIfPresent(id, (k, m) -> m.retryingAt(nextAttemptAt, error));
  }

  @Override
  public synchronized void giveUp(MailId id, String error) {
    mails.computeIfPresent(id, (k, m) -> m.failed(error));
  }

  @Override
  public synchronized List<OutboxMail> list(int max) {
    return mails.values().stream()
        .sorted(Comparator.comparing(OutboxMail::createdAt))
        .limit(max)
        .toList();
  }
}
