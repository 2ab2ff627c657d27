package dev.authdash.persistence.postgres;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/** Opens connections to the server with bounded waits, so an outage is an error, not a hang. */
final class PostgresConnections {
  /**
   * How long the driver may take to open one connection (TCP, authentication, the server forking
   * its backend). Generous on purpose: on a loaded machine a new backend took over a second, and
   * the pool opens connections in the background; what a request waits for is the pool's {@code
   * auth.db.connect-timeout}. A stopped server refuses at once whatever this is.
   */
  static final int LOGIN_TIMEOUT_SECONDS = 10;

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
    dataSource.setConnectTimeout(LOGIN_TIMEOUT_SECONDS);
    dataSource.setLoginTimeout(LOGIN_TIMEOUT_SECONDS);
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
