package dev.authdash.persistence.sqlite;

import dev.authdash.core.port.out.UnitOfWork;
import jakarta.inject.Singleton;
import java.util.function.Supplier;

/**
 * SQLite adapter of {@link UnitOfWork}: one {@code BEGIN IMMEDIATE} transaction, which takes the
 * file's write lock at once, so check-then-write units serialise across threads and processes. The
 * repositories' calls inside join it; a nested unit joins the outer one.
 */
@Singleton
public final class SqliteUnitOfWork implements UnitOfWork {
  private final SqliteStore store;

  SqliteUnitOfWork(SqliteStore store) {
    this.store = store;
  }

  @Override
  public <T> T atomically(Supplier<T> work) {
    return store.inTransaction(work);
  }
}
