package dev.authdash.persistence.postgres;

import dev.authdash.core.port.out.UnitOfWork;
import jakarta.inject.Singleton;
import java.util.function.Supplier;

/**
 * PostgreSQL adapter of {@link UnitOfWork}: one transaction that first takes a transaction-scoped
 * advisory lock, so check-then-write units serialise across threads and dashboards (as SQLite's
 * {@code BEGIN IMMEDIATE} does on one file). The repositories' calls inside join it; a nested unit
 * joins the outer one.
 */
@Singleton
public final class PostgresUnitOfWork implements UnitOfWork {
  private final PostgresStore store;

  PostgresUnitOfWork(PostgresStore store) {
    this.store = store;
  }

  @Override
  public <T> T atomically(Supplier<T> work) {
    return store.exclusively(work);
  }
}
