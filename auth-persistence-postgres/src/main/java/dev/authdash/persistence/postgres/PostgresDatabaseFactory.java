package dev.authdash.persistence.postgres;

import com.zaxxer.hikari.HikariDataSource;
import dev.authdash.core.error.StoreUnavailableException;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Factory;
import io.micronaut.data.jdbc.config.DataJdbcConfiguration;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.inject.qualifiers.Qualifiers;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Provides the {@value #NAME} data source from {@code auth.db.*}, with the schema migrated, so an
 * application needs no {@code datasources.*} configuration; Micronaut Data JDBC builds its
 * connection and transaction operations for it by name.
 */
@Factory
public final class PostgresDatabaseFactory {
  /** The name of the data source, its connection operations and its transaction manager. */
  public static final String NAME = "auth-postgres";

  private static final Logger LOG = LoggerFactory.getLogger(PostgresDatabaseFactory.class);

  private final List<HikariDataSource> opened = new CopyOnWriteArrayList<>();

  @Singleton
  PostgresSettings postgresSettings(ApplicationContext context) {
    return PostgresSettings.read(context::get);
  }

  @Singleton
  @Named(NAME)
  DataSource authDataSource(PostgresSettings settings, ApplicationContext context) {
    HikariDataSource dataSource = open(settings);
    opened.add(dataSource);
    registerJdbcConfiguration(context);
    return dataSource;
  }

  /**
   * Gives Micronaut Data JDBC its settings for the {@value #NAME} data source, which it would
   * otherwise read from {@code datasources.auth-postgres.*} (see the SQLite adapter's factory).
   */
  private static void registerJdbcConfiguration(ApplicationContext context) {
    if (context.containsProperties("datasources." + NAME)) {
      return;
    }
    DataJdbcConfiguration configuration = new DataJdbcConfiguration(NAME);
    configuration.setDialect(Dialect.POSTGRES);
    configuration.setEnabled(true);
    context.registerSingleton(
        DataJdbcConfiguration.class, configuration, Qualifiers.byName(NAME), false);
  }

  /** Closes the pool when the context closes. */
  @PreDestroy
  void close() {
    opened.forEach(HikariDataSource::close);
    opened.clear();
  }

  /** Migrates the schema (on a connection without the socket timeout) and pools connections. */
  static HikariDataSource open(PostgresSettings settings) {
    try {
      int applied = PostgresMigrations.migrate(PostgresConnections.driver(settings, false));
      if (applied > 0) {
        LOG.info("Migrated the PostgreSQL schema by {} step(s)", applied);
      }
      LOG.info(
          "User store: PostgreSQL at {} (pool of {})", settings.address(), settings.poolSize());
      return PostgresConnections.pooled(settings);
    } catch (RuntimeException e) {
      LOG.error("Cannot open the user database at {}", settings.address(), e);
      throw new StoreUnavailableException("user database", e);
    }
  }
}
