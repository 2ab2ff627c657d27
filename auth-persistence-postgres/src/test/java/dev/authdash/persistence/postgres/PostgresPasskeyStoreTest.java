package dev.authdash.persistence.postgres;

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
 * The core's contract for passkeys against a real PostgreSQL database; plus what the table adds:
 * passkeys die with their user.
 */
class PostgresPasskeyStoreTest extends PasskeyStoreContractTest {
  @RegisterExtension static final FreshPostgres DB = new FreshPostgres();
  private final AtomicInteger users = new AtomicInteger();

  @Override
  protected PasskeyStore store() {
    return DB.bean(PasskeyStore.class);
  }

  /** A user that exists in the database, so that the foreign key holds. */
  @Override
  protected UserId aUser() {
    User user = TestUsers.user("pk" + users.incrementAndGet());
    DB.bean(UserRepository.class).add(user);
    return user.id();
  }

  @Test
  void theBean_isThePostgresAdapter() {
    assertThat(store()).isInstanceOf(PostgresPasskeyStore.class);
  }

  @Test
  void deletingTheUser_removesTheirPasskeys() {
    UserId user = aUser();
    Passkey key = passkey(user, "Laptop", TestUsers.now());
    store().add(key);

    DB.bean(UserRepository.class).delete(user);

    assertThat(store().find(key.id())).isEmpty();
    assertThat(store().findByUser(user)).isEmpty();
  }
}
