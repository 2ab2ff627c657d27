package dev.authdash.persistence.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.authdash.core.contract.PasswordResetStoreContractTest;
import dev.authdash.core.model.PasswordReset;
import dev.authdash.core.model.ResetToken;
import dev.authdash.core.model.User;
import dev.authdash.core.model.UserId;
import dev.authdash.core.port.out.PasswordResetStore;
import dev.authdash.core.port.out.UserRepository;
import dev.authdash.core.testing.TestUsers;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The core's contract for pending resets, against a real PostgreSQL database; plus what the table
 * adds: resets die with their user, old ones are swept, and another process sees them.
 */
class PostgresPasswordResetStoreTest extends PasswordResetStoreContractTest {
  @RegisterExtension static final FreshPostgres DB = new FreshPostgres();
  private final AtomicInteger users = new AtomicInteger();

  @Override
  protected PasswordResetStore store() {
    return DB.bean(PasswordResetStore.class);
  }

  /** A user that exists in the database, so that the foreign key holds. */
  @Override
  protected UserId aUser() {
    User user = TestUsers.user("reset" + users.incrementAndGet());
    DB.bean(UserRepository.class).add(user);
    return user.id();
  }

  @Test
  void theBean_isThePostgresAdapter() {
    assertThat(store()).isInstanceOf(PostgresPasswordResetStore.class);
  }

  @Test
  void deletingTheUser_removesTheirPendingReset() {
    UserId user = aUser();
    PasswordReset r = reset(user);
    store().save(r);

    DB.bean(UserRepository.class).delete(user);

    assertThat(store().find(r.tokenDigest())).isEmpty();
  }

  @Test
  void resetsThatExpiredBeforeANewOneWasMade_areSweptOnSave() {
    UserId stale = aUser();
    Instant longAgo = TestUsers.now().minus(Duration.ofDays(2));
    PasswordReset old =
        new PasswordReset(
            ResetToken.generate().digest(), stale, "admin", longAgo, longAgo.plusSeconds(1800));
    store().save(old);

    store().save(reset(aUser()));

    assertThat(store().find(old.tokenDigest())).isEmpty();
  }

  @Test
  void aResetMadeByOneDashboard_isTakenByAnother() {
    UserId user = aUser();
    PasswordReset r = reset(user);
    store().save(r);

    try (PostgresTestDatabase other = PostgresTestDatabase.open(DB.database())) {
      assertThat(other.bean(PasswordResetStore.class).take(r.tokenDigest())).contains(r);
    }
    assertThat(store().find(r.tokenDigest())).isEmpty();
  }
}
