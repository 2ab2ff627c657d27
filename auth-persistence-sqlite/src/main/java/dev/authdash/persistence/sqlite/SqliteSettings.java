package dev.authdash.persistence.sqlite;

import dev.authdash.core.config.Setting;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * Where the database file is and how connections to it behave. Its defaults live here only: the
 * apps (application.yml, the CLI) name the keys and their variables without repeating them.
 *
 * @param path the database file; its folder is created when missing
 * @param busyTimeout how long a connection waits for another's write lock before giving up
 * @param poolSize how many connections the pool keeps (SQLite has one writer at a time anyway)
 */
public record SqliteSettings(Path path, Duration busyTimeout, int poolSize) {
  /** The key of the database file; its environment variable is {@code AUTH_DB_PATH}. */
  public static final String PATH_PROPERTY = "auth.db.path";

  /** The key of {@link #busyTimeout}; {@code AUTH_DB_BUSY_TIMEOUT}. */
  public static final String BUSY_TIMEOUT_PROPERTY = "auth.db.busy-timeout";

  /** The key of {@link #poolSize}, shared with PostgreSQL (whose default differs). */
  public static final String POOL_SIZE_PROPERTY = "auth.db.pool-size";

  /** The database file when {@code auth.db.path} is unset, relative to the working directory. */
  public static final String DEFAULT_PATH = "data/auth.db";

  public static final Duration DEFAULT_BUSY_TIMEOUT = Duration.ofSeconds(5);

  public static final int DEFAULT_POOL_SIZE = 4;

  public SqliteSettings {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(busyTimeout, "busyTimeout");
    if (busyTimeout.isNegative() || busyTimeout.toMillis() > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("auth.db.busy-timeout must be between 0 and 24 days");
    }
    if (poolSize < 1) {
      throw new IllegalArgumentException("auth.db.pool-size must be at least 1");
    }
  }

  /** The settings from {@code auth.db.*}: each key that is unset or blank keeps its default. */
  public static SqliteSettings read(Setting.Source settings) {
    return new SqliteSettings(
        Path.of(Setting.value(settings, PATH_PROPERTY, String.class).orElse(DEFAULT_PATH)),
        Setting.value(settings, BUSY_TIMEOUT_PROPERTY, Duration.class).orElse(DEFAULT_BUSY_TIMEOUT),
        Setting.value(settings, POOL_SIZE_PROPERTY, Integer.class).orElse(DEFAULT_POOL_SIZE));
  }
}
