package dev.authdash.core.adapter.memory;

import dev.authdash.core.contract.SecondFactorStoreContractTest;
import dev.authdash.core.port.out.SecondFactorStore;

class InMemorySecondFactorStoreTest extends SecondFactorStoreContractTest {
  private final InMemorySecondFactorStore store = new InMemorySecondFactorStore();

  @Override
  protected SecondFactorStore store() {
    return store;
  }
}
