package dev.authdash.persistence.sqlite;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Path;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/** Opens the database file with the pragmas every connection needs. */
final class SqliteConnections {
  private SqliteConnections() {}

  /**
   * The driver's own data source: WAL, a busy timeout, foreign keys, IMMEDIATE transactions and
   * synchronous=FULL, so an acknowledged write survives a crash of the process or of the machine.
   */
  static SQLiteDataSource driver(SqliteSettings settings) throws IOException {
    Path file = settings.path().toAbsolutePath();
    PrivateFiles.prepare(file);
    SQLiteConfig config = new SQLiteConfig();
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
    config.setBusyTimeout((int) settings.busyTimeout().toMillis());
    config.enforceForeignKeys(true);
    config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
    SQLiteDataSource dataSource = new SQLiteDataSource(config);
    dataSource.setUrl("jdbc:sqlite:" + file);
    return dataSource;
  }

  /** A small pool over the driver's data source. */
  static HikariDataSource pooled(SQLiteDataSource driver, SqliteSettings settings) {
    HikariConfig pool = new HikariConfig();
    pool.setPoolName("auth-sqlite");
    pool.setDataSource(driver);
    pool.setMaximumPoolSize(settings.poolSize());
    pool.setMinimumIdle(1);
    // A connection waits for the write lock inside SQLite (busy timeout); wait for the pool a
    // little longer than that, so a lock held too long is reported as such.
    pool.setConnectionTimeout(Math.max(250, settings.busyTimeout().toMillis() * 2));
    return new HikariDataSource(pool);
  }
}
