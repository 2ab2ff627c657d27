package dev.authdash.persistence.sqlite;

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
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * The one door of the adapters to the database: every port call runs through {@link #call} (or
 * {@link #inTransaction}), which scopes a connection and turns storage failures into the core's
 * errors.
 *
 * <p>Why {@link #call} opens the connection itself: Micronaut Data asks for a read-only connection
 * (it calls {@code Connection.setReadOnly(true)}) for a read that runs outside a transaction, and
 * sqlite-jdbc refuses to change that flag on an open connection, which every pooled connection is.
 * A read-only hint buys nothing in SQLite (WAL readers never block), so the adapter opens a plain
 * connection scope ({@link ConnectionDefinition#DEFAULT}) around each port call; the repository
 * calls inside join it, or join the transaction of {@link #inTransaction} when there is one.
 */
@Singleton
final class SqliteStore {
  private static final Logger LOG = LoggerFactory.getLogger(SqliteStore.class);
  private static final String STORE = "user database";

  private final ConnectionOperations<Connection> connections;
  private final TransactionOperations<Connection> transactions;

  SqliteStore(
      @Named(SqliteDatabaseFactory.NAME) ConnectionOperations<Connection> connections,
      @Named(SqliteDatabaseFactory.NAME) TransactionOperations<Connection> transactions) {
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

  /** Runs the work in one IMMEDIATE transaction (joining the current one when there is one). */
  <T> T inTransaction(Supplier<T> work) {
    try {
      return transactions.execute(TransactionDefinition.DEFAULT, status -> work.get());
    } catch (RuntimeException e) {
      throw translate("unit of work", e);
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
   * The core's error for a failure: its refusals and outages pass through; a unique username clash
   * is {@link UsernameTakenException}, one of a verified address {@link EmailTakenException};
   * anything from the driver, the pool or Micronaut Data is {@link StoreUnavailableException}, with
   * the cause logged. Other exceptions are bugs and pass through.
   */
  static RuntimeException translate(String what, RuntimeException e) {
    if (e instanceof AuthException || e instanceof OutageException) {
      return e;
    }
    SQLException sql = sqlCause(e);
    if (sql instanceof SQLiteException lite
        && lite.getResultCode() == SQLiteErrorCode.SQLITE_CONSTRAINT_UNIQUE
        && String.valueOf(lite.getMessage()).contains("users.username")) {
      return new UsernameTakenException();
    }
    if (sql instanceof SQLiteException lite
        && lite.getResultCode() == SQLiteErrorCode.SQLITE_CONSTRAINT_UNIQUE
        && String.valueOf(lite.getMessage()).contains("users.email")) {
      return new EmailTakenException();
    }
    if (sql != null
        || e instanceof DataAccessException
        || e instanceof ConnectionException
        || e instanceof TransactionException) {
      LOG.error("SQLite store failed during {}", what, e);
      return new StoreUnavailableException(STORE, e);
    }
    return e;
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
