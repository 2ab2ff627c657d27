package dev.authdash.persistence.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import dev.authdash.core.contract.PasskeyStoreContractTest;
import dev.authdash.core.model.Passkey;
import dev.authdash.core.model.User;
import dev.authdash.core.model.UserId;
import dev.authdash.core.port.out.PasskeyStore;
import dev.authdash.core.port.out.UserRepository;
import dev.authdash.core.testing.TestUsers;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The core's contract for passkeys against a real SQLite file; plus what the table adds: passkeys
 * die with their user and outlive the process.
 */
class SqlitePasskeyStoreTest extends PasskeyStoreContractTest {
  @RegisterExtension final FreshDatabase db = new FreshDatabase();
  private final AtomicInteger users = new AtomicInteger();

  @Override
  protected PasskeyStore store() {
    return db.bean(PasskeyStore.class);
  }

  /** A user that exists in the file, so that the foreign key holds. */
  @Override
  protected UserId aUser() {
    User user = TestUsers.user("pk" + users.incrementAndGet());
    db.bean(UserRepository.class).add(user);
    return user.id();
  }

  @Test
  void theBean_isTheSqliteAdapter() {
    assertThat(store()).isInstanceOf(SqlitePasskeyStore.class);
  }

  @Test
  void deletingTheUser_removesTheirPasskeys() {
    UserId user = aUser();
    Passkey key = passkey(user, "Laptop", TestUsers.now());
    store().add(key);

    db.bean(UserRepository.class).delete(user);

    assertThat(store().find(key.id())).isEmpty();
    assertThat(store().findByUser(user)).isEmpty();
  }

  @Test
  void aUseOutlivesTheProcess() {
    Passkey key = passkey(aUser(), "Laptop", TestUsers.now());
    store().add(key);
    store().recordUse(key.id(), 4, TestUsers.now());

    try (SqliteTestDatabase other = SqliteTestDatabase.open(db.file())) {
      assertThat(other.bean(PasskeyStore.class).recordUse(key.id(), 4, TestUsers.now())).isFalse();
      assertThat(other.bean(PasskeyStore.class).find(key.id()).orElseThrow().signatureCount())
          .isEqualTo(4);
    }
  }
}
