package dev.authdash.core.adapter.memory;

import dev.authdash.core.contract.PasswordResetStoreContractTest;
import dev.authdash.core.port.out.PasswordResetStore;
import java.time.Clock;

class InMemoryPasswordResetStoreTest extends PasswordResetStoreContractTest {
  private final InMemoryPasswordResetStore store =
      new InMemoryPasswordResetStore(Clock.systemUTC());

  @Override
  protected PasswordResetStore store() {
    return store;
  }
}
