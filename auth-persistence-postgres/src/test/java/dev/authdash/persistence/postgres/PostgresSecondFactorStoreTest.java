package dev.authdash.persistence.postgres;

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
 * The core's contract for second factors against a real PostgreSQL database; plus what the tables
 * add: factors and codes die with their user.
 */
class PostgresSecondFactorStoreTest extends SecondFactorStoreContractTest {
  @RegisterExtension static final FreshPostgres DB = new FreshPostgres();
  private final AtomicInteger users = new AtomicInteger();

  @Override
  protected SecondFactorStore store() {
    return DB.bean(SecondFactorStore.class);
  }

  /** A user that exists in the file, so that the foreign keys hold. */
  @Override
  protected UserId aUser() {
    User user = TestUsers.user("mfa" + users.incrementAndGet());
    DB.bean(UserRepository.class).add(user);
    return user.id();
  }

  @Test
  void theBean_isThePostgresAdapter() {
    assertThat(store()).isInstanceOf(PostgresSecondFactorStore.class);
  }

  @Test
  void deletingTheUser_removesTheirFactorAndCodes() {
    UserId user = aUser();
    store().save(SecondFactor.enrolling(user, "sealed", TestUsers.now()).enable());
    store().replaceRecoveryCodes(user, List.of("a", "b"));

    DB.bean(UserRepository.class).delete(user);

    assertThat(store().find(user)).isEmpty();
    assertThat(store().recoveryCodesLeft(user)).isZero();
  }
}
