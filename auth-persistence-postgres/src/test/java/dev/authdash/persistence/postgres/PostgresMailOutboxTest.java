package dev.authdash.persistence.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.authdash.core.contract.MailOutboxContractTest;
import dev.authdash.core.model.MailId;
import dev.authdash.core.model.OutboxMail;
import dev.authdash.core.port.out.MailOutbox;
import dev.authdash.core.port.out.UnitOfWork;
import dev.authdash.core.testing.TestUsers;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The core's contract for the outbox, against a real PostgreSQL database; plus what the database
 * adds: a mail is written or dropped with the unit of work around it, and two dashboards (two
 * contexts, two pools) claiming at once never both get one mail.
 */
class PostgresMailOutboxTest extends MailOutboxContractTest {
  @RegisterExtension static final FreshPostgres DB = new FreshPostgres();

  @Override
  protected MailOutbox outbox() {
    return DB.bean(MailOutbox.class);
  }

  @Test
  void theBean_isThePostgresAdapter() {
    assertThat(outbox()).isInstanceOf(PostgresMailOutbox.class);
  }

  @Test
  void aMailEnqueuedInAUnitOfWorkThatFails_isNotKept() {
    Instant now = TestUsers.now();
    assertThatThrownBy(
            () ->
                DB.bean(UnitOfWork.class)
                    .atomically(
                        () -> {
                          outbox().enqueue(mail("alice@example.com", now));
                          throw new IllegalStateException("the token's write failed");
                        }))
        .isInstanceOf(IllegalStateException.class);

    assertThat(outbox().list(10)).isEmpty();
  }

  @Test
  void twoDashboardsClaimingAtOnce_neverGetTheSameMail() throws Exception {
    Instant now = TestUsers.now();
    for (int i = 0; i < 60; i++) {
      outbox().enqueue(mail("user" + i + "@example.com", now.minusMillis(i)));
    }
    try (PostgresTestDatabase other = PostgresTestDatabase.open(DB.database())) {
      MailOutbox second = other.bean(MailOutbox.class);
      CompletableFuture<List<MailId>> a = CompletableFuture.supplyAsync(() -> drain(outbox(), now));
      CompletableFuture<List<MailId>> b = CompletableFuture.supplyAsync(() -> drain(second, now));
      List<MailId> all = new ArrayList<>(a.get());
      all.addAll(b.get());

      assertThat(all).hasSize(60).doesNotHaveDuplicates();
    }
  }

  private static List<MailId> drain(MailOutbox outbox, Instant now) {
    List<MailId> mine = new ArrayList<>();
    List<OutboxMail> batch;
    do {
      batch = outbox.claimDue(now, LEASE, 4);
      batch.forEach(m -> mine.add(m.id()));
    } while (!batch.isEmpty());
    return mine;
  }
}
