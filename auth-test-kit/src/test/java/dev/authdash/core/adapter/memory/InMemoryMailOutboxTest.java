package dev.authdash.core.adapter.memory;

import dev.authdash.core.contract.MailOutboxContractTest;
import dev.authdash.core.port.out.MailOutbox;

class InMemoryMailOutboxTest extends MailOutboxContractTest {
  private final InMemoryMailOutbox outbox = new InMemoryMailOutbox();

  @Override
  protected MailOutbox outbox() {
    return outbox;
  }
}
