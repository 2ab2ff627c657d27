package dev.authdash.persistence.postgres.archfixture;

/** Deliberate violation (test fixture): the PostgreSQL adapter reaching into the SQLite one. */
public final class PostgresAdapterThatUsesSqlite {
  public dev.authdash.persistence.sqlite.SqliteUserRepository sqlite;
}
