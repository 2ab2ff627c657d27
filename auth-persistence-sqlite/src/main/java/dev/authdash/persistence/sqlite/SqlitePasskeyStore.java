package dev.authdash.persistence.sqlite;

import dev.authdash.core.model.Passkey;
import dev.authdash.core.model.PasskeyId;
import dev.authdash.core.model.UserId;
import dev.authdash.core.port.out.PasskeyStore;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * SQLite adapter of {@link PasskeyStore}: table {@code passkeys}. A use is one conditional {@code
 * UPDATE} (the count must move forward), and SQLite runs one writer at a time, so of two concurrent
 * uses of one count exactly one changes the row.
 */
@Singleton
public final class SqlitePasskeyStore implements PasskeyStore {
  private static final String COLUMNS =
      "credential_id, user_id, public_key_cose, signature_count, user_handle, label, created_at,"
          + " last_used_at, transports";

  private final SqliteStore store;
  private final JdbcOperations jdbc;

  SqlitePasskeyStore(SqliteStore store, @Named(SqliteDatabaseFactory.NAME) JdbcOperations jdbc) {
    this.store = store;
    this.jdbc = jdbc;
  }

  @Override
  public boolean add(Passkey passkey) {
    return store.update(
            jdbc,
            "add passkey",
            "INSERT INTO passkeys ("
                + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (credential_id) DO NOTHING",
            statement -> {
              statement.setString(1, passkey.id().value());
              statement.setString(2, passkey.userId().toString());
              statement.setBytes(3, passkey.publicKeyCose());
              statement.setLong(4, passkey.signatureCount());
              statement.setBytes(5, passkey.userHandle());
              statement.setString(6, passkey.label());
              statement.setLong(7, Micros.of(passkey.createdAt()));
              if (passkey.lastUsedAt().isPresent()) {
                statement.setLong(8, Micros.of(passkey.lastUsedAt().get()));
              } else {
                statement.setNull(8, java.sql.Types.INTEGER);
              }
              statement.setString(9, String.join(",", passkey.transports()));
            })
        == 1;
  }

  @Override
  public Optional<Passkey> find(PasskeyId id) {
    List<Passkey> found =
        query(
            "find passkey",
            "SELECT " + COLUMNS + " FROM passkeys WHERE credential_id = ?",
            statement -> statement.setString(1, id.value()));
    return found.stream().findFirst();
  }

  @Override
  public List<Passkey> findByUser(UserId userId) {
    return query(
        "list passkeys",
        "SELECT " + COLUMNS + " FROM passkeys WHERE user_id = ? ORDER BY created_at, credential_id",
        statement -> statement.setString(1, userId.toString()));
  }

  @Override
  public boolean recordUse(PasskeyId id, long signatureCount, Instant at) {
    return store.update(
            jdbc,
            "record passkey use",
            "UPDATE passkeys SET signature_count = ?, last_used_at = ? WHERE credential_id = ?"
                + " AND (signature_count < ? OR (signature_count = 0 AND ? = 0))",
            statement -> {
              statement.setLong(1, signatureCount);
              statement.setLong(2, Micros.of(at));
              statement.setString(3, id.value());
              statement.setLong(4, signatureCount);
              statement.setLong(5, signatureCount);
            })
        == 1;
  }

  @Override
  public boolean rename(UserId userId, PasskeyId id, String label) {
    return store.update(
            jdbc,
            "rename passkey",
            "UPDATE passkeys SET label = ? WHERE credential_id = ? AND user_id = ?",
            statement -> {
              statement.setString(1, label);
              statement.setString(2, id.value());
              statement.setString(3, userId.toString());
            })
        == 1;
  }

  @Override
  public boolean delete(UserId userId, PasskeyId id) {
    return store.update(
            jdbc,
            "delete passkey",
            "DELETE FROM passkeys WHERE credential_id = ? AND user_id = ?",
            statement -> {
              statement.setString(1, id.value());
              statement.setString(2, userId.toString());
            })
        == 1;
  }

  @Override
  public int deleteAllForUser(UserId userId) {
    return store.update(
        jdbc,
        "delete passkeys",
        "DELETE FROM passkeys WHERE user_id = ?",
        statement -> statement.setString(1, userId.toString()));
  }

  private List<Passkey> query(String what, String sql, Binder binder) {
    return store.query(jdbc, what, sql, binder, SqlitePasskeyStore::read);
  }

  private static Passkey read(ResultSet row) throws SQLException {
    long lastUsed = row.getLong(8);
    Optional<Instant> lastUsedAt =
        row.wasNull() ? Optional.empty() : Optional.of(Micros.toInstant(lastUsed));
    return new Passkey(
        new PasskeyId(row.getString(1)),
        UserId.of(row.getString(2)),
        row.getBytes(3),
        row.getLong(4),
        row.getBytes(5),
        row.getString(6),
        Micros.toInstant(row.getLong(7)),
        lastUsedAt,
        transports(row.getString(9)));
  }

  private static Set<String> transports(String stored) {
    return Arrays.stream(stored.split(","))
        .filter(transport -> !transport.isEmpty())
        .collect(Collectors.toSet());
  }
}
