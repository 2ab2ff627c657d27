package dev.authdash.core.adapter.memory;

import dev.authdash.core.contract.PasskeyStoreContractTest;
import dev.authdash.core.port.out.PasskeyStore;

class InMemoryPasskeyStoreTest extends PasskeyStoreContractTest {
  private final InMemoryPasskeyStore store = new InMemoryPasskeyStore();

  @Override
  protected PasskeyStore store() {
    return store;
  }
}
