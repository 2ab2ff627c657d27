package dev.authdash.crypto.nativeargon2.archfixture;

/** Deliberate violation (test fixture): the native hasher reaching into the SQLite adapter. */
public final class NativeHasherThatUsesSqlite {
  public dev.authdash.persistence.sqlite.SqliteUserRepository users;
}
