package dev.authdash.persistence.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.authdash.core.contract.MailOutboxContractTest;
import dev.authdash.core.model.OutboxMail;
import dev.authdash.core.port.out.MailOutbox;
import dev.authdash.core.port.out.UnitOfWork;
import dev.authdash.core.testing.TestUsers;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The core's contract for the outbox, against a real SQLite file; plus what the file adds: a mail
 * is written or dropped with the unit of work around it, and survives the process.
 */
class SqliteMailOutboxTest extends MailOutboxContractTest {
  @RegisterExtension final FreshDatabase db = new FreshDatabase();

  @Override
  protected MailOutbox outbox() {
    return db.bean(MailOutbox.class);
  }

  @Test
  void theBean_isTheSqliteAdapter() {
    assertThat(outbox()).isInstanceOf(SqliteMailOutbox.class);
  }

  @Test
  void aMailEnqueuedInAUnitOfWorkThatFails_isNotKept() {
    Instant now = TestUsers.now();
    assertThatThrownBy(
            () ->
                db.bean(UnitOfWork.class)
                    .atomically(
                        () -> {
                          outbox().enqueue(mail("alice@example.com", now));
                          throw new IllegalStateException("the token's write failed");
                        }))
        .isInstanceOf(IllegalStateException.class);

    assertThat(outbox().list(10)).isEmpty();
  }

  @Test
  void aPendingMailOutlivesTheProcess_andAnotherProcessClaimsIt() {
    Instant now = TestUsers.now();
    OutboxMail m = mail("alice@example.com", now);
    outbox().enqueue(m);

    try (SqliteTestDatabase other = SqliteTestDatabase.open(db.file())) {
      assertThat(other.bean(MailOutbox.class).claimDue(now, LEASE, 10))
          .extracting(OutboxMail::id)
          .containsExactly(m.id());
    }
    assertThat(outbox().claimDue(now, LEASE, 10)).isEmpty();
  }
}
