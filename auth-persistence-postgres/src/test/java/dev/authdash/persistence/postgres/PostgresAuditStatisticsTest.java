package dev.authdash.persistence.postgres;

import dev.authdash.core.contract.AuditStatisticsContractTest;
import dev.authdash.core.port.out.AuditLog;
import dev.authdash.core.port.out.AuditStatistics;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The core's contract for the audit statistics, against a real PostgreSQL database. */
class PostgresAuditStatisticsTest extends AuditStatisticsContractTest {
  @RegisterExtension static final FreshPostgres DB = new FreshPostgres();

  @Override
  protected AuditLog log() {
    return DB.bean(AuditLog.class);
  }

  @Override
  protected AuditStatistics statistics() {
    return DB.bean(AuditStatistics.class);
  }
}
