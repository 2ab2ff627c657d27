package dev.authdash.persistence.sqlite;

import dev.authdash.core.contract.UserRepositoryContractTest;
import dev.authdash.core.port.out.UnitOfWork;
import dev.authdash.core.port.out.UserRepository;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The core's contract for users, against a real SQLite file in a fresh context per test. */
class SqliteUserRepositoryTest extends UserRepositoryContractTest {
  @RegisterExtension final FreshDatabase db = new FreshDatabase();

  @Override
  protected UserRepository repository() {
    return db.bean(UserRepository.class);
  }

  @Override
  protected UnitOfWork unitOfWork() {
    return db.bean(UnitOfWork.class);
  }
}
