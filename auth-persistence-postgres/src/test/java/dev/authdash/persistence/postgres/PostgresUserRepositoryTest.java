package dev.authdash.persistence.postgres;

import dev.authdash.core.contract.UserRepositoryContractTest;
import dev.authdash.core.port.out.UnitOfWork;
import dev.authdash.core.port.out.UserRepository;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The core's contract for users, against a real PostgreSQL database (the 16 racing registrations
 * run on 16 pooled connections).
 */
class PostgresUserRepositoryTest extends UserRepositoryContractTest {
  @RegisterExtension static final FreshPostgres DB = new FreshPostgres();

  @Override
  protected UserRepository repository() {
    return DB.bean(UserRepository.class);
  }

  @Override
  protected UnitOfWork unitOfWork() {
    return DB.bean(UnitOfWork.class);
  }
}
