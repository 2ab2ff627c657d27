package dev.authdash.persistence.postgres;

import dev.authdash.core.error.AuthException;
import dev.authdash.core.error.EmailTakenException;
import dev.authdash.core.error.OutageException;
import dev.authdash.core.error.StoreUnavailableException;
import dev.authdash.core.error.UsernameTakenException;
import io.micronaut.data.connection.ConnectionDefinition;
import io.micronaut.data.connection.ConnectionOperations;
import io.micronaut.data.connection.exceptions.ConnectionException;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.exceptions.TransactionException;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one door of the adapters to the database: every port call runs through {@link #call} or
 * {@link #inTransaction}, which scope a connection and turn storage failures into the core's
 * errors.
 */
@Singleton
final class PostgresStore {
  private static final Logger LOG = LoggerFactory.getLogger(PostgresStore.class);
  private static final String STORE = "user database";
  private static final String UNIQUE_VIOLATION = "23505";
  private static final String USERNAME_CONSTRAINT = "users_username_key";
  private static final String VERIFIED_EMAIL_INDEX = "users_verified_email";

  /**
   * The advisory lock key of units of work (an arbitrary constant: "authdash" in ASCII). Held until
   * the transaction ends, also when the client dies: the server releases it with the session.
   */
  static final long UNIT_OF_WORK_LOCK = 0x6175746864617368L;

  private final ConnectionOperations<Connection> connections;
  private final TransactionOperations<Connection> transactions;

  PostgresStore(
      @Named(PostgresDatabaseFactory.NAME) ConnectionOperations<Connection> connections,
      @Named(PostgresDatabaseFactory.NAME) TransactionOperations<Connection> transactions) {
    this.connections = connections;
    this.transactions = transactions;
  }

  /** Runs one port call on a connection (joining the current transaction when there is one). */
  <T> T call(String what, Supplier<T> work) {
    try {
      return connections.execute(ConnectionDefinition.DEFAULT, status -> work.get());
    } catch (RuntimeException e) {
      throw translate(what, e);
    }
  }

  /** Runs the work in one transaction (joining the current one when there is one). */
  <T> T inTransaction(String what, Supplier<T> work) {
    try {
      return transactions.execute(TransactionDefinition.DEFAULT, status -> work.get());
    } catch (RuntimeException e) {
      throw translate(what, e);
    }
  }

  /**
   * Runs the work in one transaction that first takes the units-of-work lock, so no other unit of
   * work, in this process or another, interleaves with it (see docs/postgres.md for why a lock and
   * not SERIALIZABLE with retries). A nested unit joins the outer transaction; taking the lock
   * again there is harmless (advisory locks stack within a session).
   */
  <T> T exclusively(Supplier<T> work) {
    try {
      return transactions.execute(
          TransactionDefinition.DEFAULT,
          status -> {
            lockUnitsOfWork(status.getConnection());
            return work.get();
          });
    } catch (RuntimeException e) {
      throw translate("unit of work", e);
    }
  }

  private static void lockUnitsOfWork(Connection connection) {
    try (Statement statement = connection.createStatement()) {
      statement.execute("SELECT pg_advisory_xact_lock(" + UNIT_OF_WORK_LOCK + ")");
    } catch (SQLException e) {
      throw new DataAccessException("Cannot take the unit-of-work lock", e);
    }
  }

  /** Reads one row of a result. */
  @FunctionalInterface
  interface RowReader<T> {
    T read(ResultSet row) throws SQLException;
  }

  /** Runs one bound {@code SELECT}; returns every row, read by {@code reader}, in order. */
  <T> List<T> query(
      JdbcOperations jdbc, String what, String sql, Binder binder, RowReader<T> reader) {
    return call(
        what,
        () ->
            jdbc.prepareStatement(
                sql,
                statement -> {
                  binder.bind(statement);
                  List<T> rows = new ArrayList<>();
                  try (ResultSet row = statement.executeQuery()) {
                    while (row.next()) {
                      rows.add(reader.read(row));
                    }
                  }
                  return rows;
                }));
  }

  /** Runs one bound {@code INSERT}, {@code UPDATE} or {@code DELETE}; returns the rows changed. */
  int update(JdbcOperations jdbc, String what, String sql, Binder binder) {
    return call(
        what,
        () ->
            jdbc.prepareStatement(
                sql,
                statement -> {
                  binder.bind(statement);
                  return statement.executeUpdate();
                }));
  }

  /**
   * The core's error for a failure: its refusals and outages pass through; a unique violation of
   * the username is {@link UsernameTakenException}, one of a verified address {@link
   * EmailTakenException}; anything from the driver, the pool or Micronaut Data is {@link
   * StoreUnavailableException}, with the cause logged. Other exceptions are bugs.
   */
  static RuntimeException translate(String what, RuntimeException e) {
    if (e instanceof AuthException || e instanceof OutageException) {
      return e;
    }
    SQLException sql = sqlCause(e);
    if (sql != null && isClashOn(sql, USERNAME_CONSTRAINT)) {
      return new UsernameTakenException();
    }
    if (sql != null && isClashOn(sql, VERIFIED_EMAIL_INDEX)) {
      return new EmailTakenException();
    }
    if (sql != null
        || e instanceof DataAccessException
        || e instanceof ConnectionException
        || e instanceof TransactionException) {
      LOG.error("PostgreSQL store failed during {}", what, e);
      return new StoreUnavailableException(STORE, e);
    }
    return e;
  }

  private static boolean isClashOn(SQLException sql, String constraint) {
    if (!UNIQUE_VIOLATION.equals(sql.getSQLState())) {
      return false;
    }
    ServerErrorMessage detail =
        sql instanceof PSQLException server ? server.getServerErrorMessage() : null;
    return detail != null
        ? constraint.equals(detail.getConstraint())
        : String.valueOf(sql.getMessage()).contains(constraint);
  }

  private static SQLException sqlCause(Throwable e) {
    Throwable t = e;
    for (int depth = 0; t != null && depth < 32; depth++, t = t.getCause()) {
      if (t instanceof SQLException sql) {
        return sql;
      }
    }
    return null;
  }
}
