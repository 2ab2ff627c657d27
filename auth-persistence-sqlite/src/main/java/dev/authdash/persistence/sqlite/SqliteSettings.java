package dev.authdash.persistence.sqlite;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * Where the database file is and how connections to it behave.
 *
 * @param path the database file; its folder is created when missing
 * @param busyTimeout how long a connection waits for another's write lock before giving up
 * @param poolSize how many connections the pool keeps (SQLite has one writer at a time anyway)
 */
record SqliteSettings(Path path, Duration busyTimeout, int poolSize) {
  static final String DEFAULT_PATH = "data/auth.db";

  SqliteSettings {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(busyTimeout, "busyTimeout");
    if (busyTimeout.isNegative() || busyTimeout.toMillis() > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("auth.db.busy-timeout must be between 0 and 24 days");
    }
    if (poolSize < 1) {
      throw new IllegalArgumentException("auth.db.pool-size must be at least 1");
    }
  }
}
