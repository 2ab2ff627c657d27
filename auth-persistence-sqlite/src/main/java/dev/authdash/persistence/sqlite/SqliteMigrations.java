package dev.authdash.persistence.sqlite;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/** The schema's versioned migrations (Flyway), under {@value #LOCATION}. */
final class SqliteMigrations {
  static final String LOCATION = "classpath:db/authdash/sqlite";

  private SqliteMigrations() {}

  /** Brings the schema to the newest version; returns how many migrations ran. */
  static int migrate(DataSource dataSource) {
    return migrateTo(dataSource, "latest");
  }

  /** Brings the schema to the given version (tests start from older versions with this). */
  static int migrateTo(DataSource dataSource, String target) {
    MigrateResult result =
        Flyway.configure(SqliteMigrations.class.getClassLoader())
            .dataSource(dataSource)
            .locations(LOCATION)
            .target(target)
            .failOnMissingLocations(true)
            .load()
            .migrate();
    return result.migrationsExecuted;
  }
}
