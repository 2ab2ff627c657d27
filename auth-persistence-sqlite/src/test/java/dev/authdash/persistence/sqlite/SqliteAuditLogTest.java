package dev.authdash.persistence.sqlite;

import dev.authdash.core.contract.AuditLogContractTest;
import dev.authdash.core.port.out.AuditLog;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The core's contract for the audit log, against a real SQLite file in a fresh context. */
class SqliteAuditLogTest extends AuditLogContractTest {
  @RegisterExtension final FreshDatabase db = new FreshDatabase();

  @Override
  protected AuditLog log() {
    return db.bean(AuditLog.class);
  }
}
