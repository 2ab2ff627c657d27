package dev.authdash.persistence.postgres;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/** Opens connections to the server with bounded waits, so an outage is an error, not a hang. */
final class PostgresConnections {
  private PostgresConnections() {}

  /**
   * The driver's own data source. The socket timeout bounds each statement's wait for the server;
   * {@code withSocketTimeout} false is for migrations and bulk copies, which may legitimately run
   * longer than a page request.
   */
  static PGSimpleDataSource driver(PostgresSettings settings, boolean withSocketTimeout) {
    PGSimpleDataSource dataSource = new PGSimpleDataSource();
    dataSource.setURL(settings.jdbcUrl());
    if (!settings.username().isEmpty()) {
      dataSource.setUser(settings.username());
    }
    if (!settings.password().isEmpty()) {
      dataSource.setPassword(settings.password());
    }
    int connectSeconds = (int) Math.max(1, settings.connectTimeout().toSeconds());
    dataSource.setConnectTimeout(connectSeconds);
    dataSource.setLoginTimeout(connectSeconds);
    if (withSocketTimeout) {
      dataSource.setSocketTimeout((int) Math.max(1, settings.socketTimeout().toSeconds()));
    }
    dataSource.setTcpKeepAlive(true);
    dataSource.setApplicationName("auth-dashboard");
    return dataSource;
  }

  /** The pool: a request waits at most the connect timeout for a connection, then fails fast. */
  static HikariDataSource pooled(PostgresSettings settings) {
    HikariConfig pool = new HikariConfig();
    pool.setPoolName("auth-postgres");
    pool.setDataSource(driver(settings, true));
    pool.setMaximumPoolSize(settings.poolSize());
    pool.setMinimumIdle(Math.min(2, settings.poolSize()));
    pool.setConnectionTimeout(settings.connectTimeout().toMillis());
    pool.setValidationTimeout(Math.max(250, settings.connectTimeout().toMillis() / 2));
    // Connections the server closed while it was away are found and replaced on their next use.
    pool.setKeepaliveTime(30_000);
    // Start even when the server is away after migration (it came and went): requests get 503s.
    pool.setInitializationFailTimeout(-1);
    return new HikariDataSource(pool);
  }
}
