package dev.authdash.persistence.postgres;

import dev.authdash.core.contract.AuditLogContractTest;
import dev.authdash.core.port.out.AuditLog;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The core's contract for the audit log, against a real PostgreSQL database. */
class PostgresAuditLogTest extends AuditLogContractTest {
  @RegisterExtension static final FreshPostgres DB = new FreshPostgres();

  @Override
  protected AuditLog log() {
    return DB.bean(AuditLog.class);
  }
}
