package dev.authdash.core.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.authdash.core.model.EmailAddress;
import dev.authdash.core.model.MailId;
import dev.authdash.core.model.OutboxMail;
import dev.authdash.core.port.out.MailOutbox;
import dev.authdash.core.testing.TestUsers;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** What every {@link MailOutbox} must do. */
public abstract class MailOutboxContractTest {
  protected static final Duration LEASE = Duration.ofMinutes(2);

  /** An empty outbox; called once per test (and from several threads in one test). */
  protected abstract MailOutbox outbox();

  protected static OutboxMail mail(String to, Instant now) {
    return OutboxMail.queue(
        EmailAddress.of(to), "password-reset", "Reset your password", "c2VhbGVk.Ym9keQ", now);
  }

  @Test
  void anEnqueuedMail_isClaimedOnce_withEveryFieldAndOneAttempt() {
    Instant now = TestUsers.now();
    OutboxMail m = mail("alice@example.com", now);
    outbox().enqueue(m);

    List<OutboxMail> claimed = outbox().claimDue(now, LEASE, 10);

    assertThat(claimed).containsExactly(m.claimedUntil(now.plus(LEASE)));
    assertThat(outbox().claimDue(now, LEASE, 10)).isEmpty();
  }

  @Test
  void aMailIsNotClaimedBeforeItIsDue() {
    Instant now = TestUsers.now();
    outbox().enqueue(mail("alice@example.com", now.plusSeconds(60)));

    assertThat(outbox().claimDue(now, LEASE, 10)).isEmpty();
    assertThat(outbox().claimDue(now.plusSeconds(60), LEASE, 10)).hasSize(1);
  }

  @Test
  void aClaimedMailNeverDelivered_isClaimedAgainWhenTheLeaseEnds() {
    Instant now = TestUsers.now();
    OutboxMail m = mail("alice@example.com", now);
    outbox().enqueue(m);
    outbox().claimDue(now, LEASE, 10);

    assertThat(outbox().claimDue(now.plus(LEASE).minusMillis(1), LEASE, 10)).isEmpty();
    List<OutboxMail> again = outbox().claimDue(now.plus(LEASE), LEASE, 10);

    assertThat(again).extracting(OutboxMail::id).containsExactly(m.id());
    assertThat(again.get(0).attempts()).isEqualTo(2);
  }

  @Test
  void claims_takeTheOldestDueFirst_andAtMostTheMaximum() {
    Instant now = TestUsers.now();
    OutboxMail second = mail("b@example.com", now.minusSeconds(10));
    OutboxMail first = mail("a@example.com", now.minusSeconds(20));
    OutboxMail third = mail("c@example.com", now.minusSeconds(5));
    outbox().enqueue(second);
    outbox().enqueue(first);
    outbox().enqueue(third);

    assertThat(outbox().claimDue(now, LEASE, 2))
        .extracting(OutboxMail::id)
        .containsExactly(first.id(), second.id());
  }

  @Test
  void aDeliveredMail_leavesTheOutbox() {
    Instant now = TestUsers.now();
    OutboxMail m = mail("alice@example.com", now);
    outbox().enqueue(m);
    outbox().claimDue(now, LEASE, 10);

    outbox().delivered(m.id());

    assertThat(outbox().list(10)).isEmpty();
    assertThat(outbox().claimDue(now.plus(LEASE), LEASE, 10)).isEmpty();
  }

  @Test
  void retryLater_makesTheMailDueAgainThen_withTheReasonKept() {
    Instant now = TestUsers.now();
    OutboxMail m = mail("alice@example.com", now);
    outbox().enqueue(m);
    outbox().claimDue(now, LEASE, 10);
    Instant later = now.plusSeconds(30);

    outbox().retryLater(m.id(), later, "connection refused");

    assertThat(outbox().list(10))
        .containsExactly(m.claimedUntil(now.plus(LEASE)).retryingAt(later, "connection refused"));
    assertThat(outbox().claimDue(later.minusMillis(1), LEASE, 10)).isEmpty();
    assertThat(outbox().claimDue(later, LEASE, 10)).hasSize(1);
  }

  @Test
  void aGivenUpMail_isListedAsFailed_andNeverClaimedAgain() {
    Instant now = TestUsers.now();
    OutboxMail m = mail("alice@example.com", now);
    outbox().enqueue(m);
    outbox().claimDue(now, LEASE, 10);

    outbox().giveUp(m.id(), "550 no such user");

    assertThat(outbox().list(10))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.state()).isEqualTo(OutboxMail.State.FAILED);
              assertThat(f.lastError()).isEqualTo("550 no such user");
              assertThat(f.attempts()).isEqualTo(1);
            });
    assertThat(outbox().claimDue(now.plus(Duration.ofDays(2)), LEASE, 10)).isEmpty();
  }

  @Test
  void list_isOldestFirst_andAtMostTheMaximum() {
    Instant now = TestUsers.now();
    OutboxMail newer = mail("b@example.com", now);
    OutboxMail older = mail("a@example.com", now.minusSeconds(60));
    outbox().enqueue(newer);
    outbox().enqueue(older);

    assertThat(outbox().list(10))
        .extracting(OutboxMail::id)
        .containsExactly(older.id(), newer.id());
    assertThat(outbox().list(1)).extracting(OutboxMail::id).containsExactly(older.id());
  }

  @Test
  void eightSendersClaimingAtOnce_getEachMailExactlyOnce() throws Exception {
    Instant now = TestUsers.now();
    Set<MailId> queued = new HashSet<>();
    for (int i = 0; i < 40; i++) {
      OutboxMail m = mail("user" + i + "@example.com", now.minusMillis(i));
      outbox().enqueue(m);
      queued.add(m.id());
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<List<MailId>>> senders = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      senders.add(
          pool.submit(
              () -> {
                start.await();
                List<MailId> mine = new ArrayList<>();
                for (int round = 0; round < 10; round++) {
                  outbox().claimDue(now, LEASE, 3).forEach(m -> mine.add(m.id()));
                }
                return mine;
              }));
    }
    start.countDown();
    List<MailId> all = new ArrayList<>();
    for (Future<List<MailId>> s : senders) {
      all.addAll(s.get(60, TimeUnit.SECONDS));
    }
    pool.shutdown();

    assertThat(all).doesNotHaveDuplicates();
    assertThat(new HashSet<>(all)).isEqualTo(queued);
  }
}
