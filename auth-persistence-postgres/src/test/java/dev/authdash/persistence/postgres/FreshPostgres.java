package dev.authdash.persistence.postgres;

import dev.authdash.core.port.out.UserRepository;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A JUnit extension (register it {@code static}): a fresh database and one Micronaut context per
 * test class, emptied before each test, dropped after the class.
 */
final class FreshPostgres implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {
  private static final String EMPTY =
      "TRUNCATE users, audit_events, password_resets, second_factors, recovery_codes, passkeys,"
          + " user_counts, username_grams, username_gram_counts, copy_progress, audit_type_counts,"
          + " audit_hourly_counts, mail_outbox;"
          + " UPDATE audit_counts SET n = 0";

  private String database;
  private PostgresTestDatabase db;

  @Override
  public void beforeAll(ExtensionContext context) {
    database = PostgresServer.createDatabase();
    db = PostgresTestDatabase.open(database);
    db.bean(UserRepository.class).count(); // beans are lazy: this migrates the schema
  }

  @Override
  public void beforeEach(ExtensionContext context) throws SQLException {
    try (Connection c = connect();
        Statement statement = c.createStatement()) {
      statement.execute(EMPTY);
    }
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (db != null) {
      db.close();
    }
    if (database != null) {
      PostgresServer.dropDatabase(database);
    }
  }

  String database() {
    return database;
  }

  Connection connect() throws SQLException {
    return PostgresServer.connect(database);
  }

  <T> T bean(Class<T> type) {
    return db.bean(type);
  }
}
