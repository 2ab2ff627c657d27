package dev.authdash.persistence.sqlite;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * The schema's versioned migrations (Flyway), under {@value #LOCATION}. Starting Flyway costs about
 * a second of class loading and scanning, too much for a CLI that must answer in under one, so a
 * file whose history already shows {@link #LATEST_VERSION} applied cleanly skips it.
 */
final class SqliteMigrations {
  static final String LOCATION = "classpath:db/authdash/sqlite";

  /** The highest {@code V<n>__*.sql} under {@link #LOCATION} (a test holds the two in step). */
  static final int LATEST_VERSION = 12;

  /**
   * How many {@code V*.sql} files there are under {@link #LOCATION}: versions are handed out per
   * piece of work (V6, V7, V8_1 …), so they need not be contiguous (a test holds this in step).
   */
  static final int MIGRATION_COUNT = 10;

  private SqliteMigrations() {}

  /** Brings the schema to the newest version; returns how many migrations ran. */
  static int migrate(DataSource dataSource) {
    return isCurrent(dataSource) ? 0 : migrateTo(dataSource, "latest");
  }

  /** Brings the schema to the given version (tests start from older versions with this). */
  static int migrateTo(DataSource dataSource, String target) {
    MigrateResult result =
        Flyway.configure(SqliteMigrations.class.getClassLoader())
            .dataSource(dataSource)
            .locations(LOCATION)
            .target(target)
            .failOnMissingLocations(true)
            // Versions are handed out per piece of work and may land out of order: a file that
            // already has V8 still takes a V6 that arrives later.
            .outOfOrder(true)
            .load()
            .migrate();
    return result.migrationsExecuted;
  }

  /**
   * True when Flyway's history shows every version up to the latest applied, and no failed step (a
   * file that has a later version but missed an earlier one still goes through Flyway).
   */
  static boolean isCurrent(DataSource dataSource) {
    String sql =
        "SELECT coalesce(sum(success = 0), 0), count(DISTINCT version),"
            + " coalesce(max(CAST(version AS INTEGER)), 0)"
            + " FROM flyway_schema_history WHERE version IS NOT NULL";
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet history = statement.executeQuery(sql)) {
      return history.next()
          && history.getLong(1) == 0
          && history.getLong(2) == MIGRATION_COUNT
          && history.getLong(3) == LATEST_VERSION;
    } catch (SQLException noHistoryYet) {
      return false; // a new or foreign file: Flyway decides
    }
  }
}
