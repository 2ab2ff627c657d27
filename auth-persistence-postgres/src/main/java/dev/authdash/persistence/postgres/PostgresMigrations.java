package dev.authdash.persistence.postgres;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/** The schema's versioned migrations (Flyway), under {@value #LOCATION}. */
final class PostgresMigrations {
  static final String LOCATION = "classpath:db/authdash/postgres";

  private PostgresMigrations() {}

  /**
   * Brings the schema to the newest version; returns how many migrations ran. Flyway takes an
   * advisory lock on the database, so dashboards starting together migrate once.
   */
  static int migrate(DataSource dataSource) {
    return Flyway.configure(PostgresMigrations.class.getClassLoader())
        .dataSource(dataSource)
        .locations(LOCATION)
        .failOnMissingLocations(true)
        // Versions are handed out per piece of work and may land out of order (as on SQLite): a
        // database that already has V11 still takes a V9 that arrives later.
        .outOfOrder(true)
        .load()
        .migrate()
        .migrationsExecuted;
  }
}
