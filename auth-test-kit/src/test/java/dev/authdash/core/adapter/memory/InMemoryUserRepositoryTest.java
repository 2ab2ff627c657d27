package dev.authdash.core.adapter.memory;

import dev.authdash.core.contract.UserRepositoryContractTest;
import dev.authdash.core.port.out.UnitOfWork;
import dev.authdash.core.port.out.UserRepository;

class InMemoryUserRepositoryTest extends UserRepositoryContractTest {
  private final InMemoryUserRepository repository = new InMemoryUserRepository();
  private final InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork();

  @Override
  protected UserRepository repository() {
    return repository;
  }

  @Override
  protected UnitOfWork unitOfWork() {
    return unitOfWork;
  }
}
