package dev.authdash.persistence.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import dev.authdash.core.contract.SecondFactorStoreContractTest;
import dev.authdash.core.model.SecondFactor;
import dev.authdash.core.model.User;
import dev.authdash.core.model.UserId;
import dev.authdash.core.port.out.SecondFactorStore;
import dev.authdash.core.port.out.UserRepository;
import dev.authdash.core.testing.TestUsers;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The core's contract for second factors against a real SQLite file; plus what the tables add:
 * factors and codes die with their user and outlive the process.
 */
class SqliteSecondFactorStoreTest extends SecondFactorStoreContractTest {
  @RegisterExtension final FreshDatabase db = new FreshDatabase();
  private final AtomicInteger users = new AtomicInteger();

  @Override
  protected SecondFactorStore store() {
    return db.bean(SecondFactorStore.class);
  }

  /** A user that exists in the file, so that the foreign keys hold. */
  @Override
  protected UserId aUser() {
    User user = TestUsers.user("mfa" + users.incrementAndGet());
    db.bean(UserRepository.class).add(user);
    return user.id();
  }

  @Test
  void theBean_isTheSqliteAdapter() {
    assertThat(store()).isInstanceOf(SqliteSecondFactorStore.class);
  }

  @Test
  void deletingTheUser_removesTheirFactorAndCodes() {
    UserId user = aUser();
    store().save(SecondFactor.enrolling(user, "sealed", TestUsers.now()).enable());
    store().replaceRecoveryCodes(user, List.of("a", "b"));

    db.bean(UserRepository.class).delete(user);

    assertThat(store().find(user)).isEmpty();
    assertThat(store().recoveryCodesLeft(user)).isZero();
  }

  @Test
  void aUsedStepOutlivesTheProcess() {
    UserId user = aUser();
    store().save(SecondFactor.enrolling(user, "sealed", TestUsers.now()).enable());
    store().useStep(user, 7);

    try (SqliteTestDatabase other = SqliteTestDatabase.open(db.file())) {
      assertThat(other.bean(SecondFactorStore.class).useStep(user, 7)).isFalse();
      assertThat(other.bean(SecondFactorStore.class).useStep(user, 8)).isTrue();
    }
  }
}
