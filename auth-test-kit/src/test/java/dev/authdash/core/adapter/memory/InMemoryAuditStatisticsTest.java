package dev.authdash.core.adapter.memory;

import dev.authdash.core.contract.AuditStatisticsContractTest;
import dev.authdash.core.port.out.AuditLog;
import dev.authdash.core.port.out.AuditStatistics;

class InMemoryAuditStatisticsTest extends AuditStatisticsContractTest {
  private final InMemoryAuditLog log = new InMemoryAuditLog();

  @Override
  protected AuditLog log() {
    return log;
  }

  @Override
  protected AuditStatistics statistics() {
    return log;
  }
}
