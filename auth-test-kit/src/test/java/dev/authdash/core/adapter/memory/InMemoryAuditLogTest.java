package dev.authdash.core.adapter.memory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.authdash.core.contract.AuditLogContractTest;
import dev.authdash.core.model.AuditEvent;
import dev.authdash.core.model.AuditEventType;
import dev.authdash.core.model.AuditQuery;
import dev.authdash.core.model.PageRequest;
import dev.authdash.core.port.out.AuditLog;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class InMemoryAuditLogTest extends AuditLogContractTest {
  private final InMemoryAuditLog log = new InMemoryAuditLog();

  @Override
  protected AuditLog log() {
    return log;
  }

  @Test
  void pastItsCapacity_theOldestEventsGo() {
    InMemoryAuditLog small = new InMemoryAuditLog(3);
    for (int i = 0; i < 5; i++) {
      small.append(
          new AuditEvent(
              Instant.EPOCH.plusSeconds(i), AuditEventType.LOGIN_FAILED, "u" + i, "", "", ""));
    }

    assertThat(small.find(AuditQuery.all(PageRequest.first(10))).items())
        .extracting(AuditEvent::actor)
        .containsExactly("u4", "u3", "u2");
  }
}
