package dev.authdash.persistence.sqlite;

import dev.authdash.core.contract.AuditStatisticsContractTest;
import dev.authdash.core.port.out.AuditLog;
import dev.authdash.core.port.out.AuditStatistics;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The core's contract for the audit statistics, against a real SQLite file. */
class SqliteAuditStatisticsTest extends AuditStatisticsContractTest {
  @RegisterExtension final FreshDatabase db = new FreshDatabase();

  @Override
  protected AuditLog log() {
    return db.bean(AuditLog.class);
  }

  @Override
  protected AuditStatistics statistics() {
    return db.bean(AuditStatistics.class);
  }
}
