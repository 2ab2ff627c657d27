package dev.authdash.persistence.sqlite;

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
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteDataSource;

/**
 * Provides the {@value #NAME} data source from {@code auth.db.*} ({@link SqliteSettings}), with the
 * schema migrated, so an application needs no {@code datasources.*} configuration. Micronaut Data
 * JDBC builds its connection and transaction operations for this data source by name. An
 * application that wants another pool replaces this bean ({@code @Replaces(value =
 * DataSource.class, named = "auth")}).
 */
@Factory
public final class SqliteDatabaseFactory {
  /** The name of the data source, its connection operations and its transaction manager. */
  public static final String NAME = "auth";

  private static final Logger LOG = LoggerFactory.getLogger(SqliteDatabaseFactory.class);

  private final List<HikariDataSource> opened = new CopyOnWriteArrayList<>();

  @Singleton
  @Named(NAME)
  DataSource authDataSource(ApplicationContext context) {
    SqliteSettings settings = SqliteSettings.read(context::get);
    HikariDataSource dataSource = open(settings);
    opened.add(dataSource);
    registerJdbcConfiguration(context);
    return dataSource;
  }

  /**
   * Gives Micronaut Data JDBC its settings for the {@value #NAME} data source, which it would
   * otherwise read from {@code datasources.auth.*} (its repository operations for a data source
   * need them). An application that sets those keys keeps its own. A factory method cannot provide
   * them: the returned type's {@code @EachProperty} would make the bean depend on those very keys.
   */
  private static void registerJdbcConfiguration(ApplicationContext context) {
    if (context.containsProperties("datasources." + NAME)) {
      return;
    }
    DataJdbcConfiguration configuration = new DataJdbcConfiguration(NAME);
    configuration.setDialect(Dialect.H2);
    configuration.setEnabled(true);
    context.registerSingleton(
        DataJdbcConfiguration.class, configuration, Qualifiers.byName(NAME), false);
  }

  /** Closes the pool when the context closes (Micronaut Data wraps the bean in a proxy). */
  @PreDestroy
  void close() {
    opened.forEach(HikariDataSource::close);
    opened.clear();
  }

  private static void warnWhenReadableByOthers(Path file) throws IOException {
    for (Path open : PrivateFiles.readableByOthers(file)) {
      LOG.warn(
          "{} can be read by other accounts on this machine ({}): it holds password hashes;"
              + " restrict it with: chmod 600 {}",
          open.toAbsolutePath(),
          PosixFilePermissions.toString(Files.getPosixFilePermissions(open)),
          open.toAbsolutePath());
    }
  }

  /** Opens the file, migrates the schema, and pools connections to it. */
  static HikariDataSource open(SqliteSettings settings) {
    try {
      warnWhenReadableByOthers(settings.path());
      SQLiteDataSource driver = SqliteConnections.driver(settings);
      int applied = SqliteMigrations.migrate(driver);
      if (applied > 0) {
        LOG.info("Migrated {} by {} step(s)", settings.path(), applied);
      }
      return SqliteConnections.pooled(driver, settings);
    } catch (IOException | RuntimeException e) {
      LOG.error("Cannot open the user database at {}", settings.path().toAbsolutePath(), e);
      throw new StoreUnavailableException("user database", e);
    }
  }
}
