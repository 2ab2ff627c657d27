package dev.authdash.persistence.postgres;

import dev.authdash.core.model.Passkey;
import dev.authdash.core.model.PasskeyId;
import dev.authdash.core.model.UserId;
import dev.authdash.core.port.out.PasskeyStore;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * PostgreSQL adapter of {@link PasskeyStore}: table {@code passkeys}. A use is one conditional
 * {@code UPDATE} (the count must move forward): of two concurrent uses of one count (threads or
 * dashboards) the second waits for the first's row lock, re-checks the condition and changes
 * nothing.
 */
@Singleton
public final class PostgresPasskeyStore implements PasskeyStore {
  private static final String COLUMNS =
      "credential_id, user_id, public_key_cose, signature_count, user_handle, label, created_at,"
          + " last_used_at, transports";

  private final PostgresStore store;
  private final JdbcOperations jdbc;

  PostgresPasskeyStore(
      PostgresStore store, @Named(PostgresDatabaseFactory.NAME) JdbcOperations jdbc) {
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
              statement.setObject(2, passkey.userId().value());
              statement.setBytes(3, passkey.publicKeyCose());
              statement.setLong(4, passkey.signatureCount());
              statement.setBytes(5, passkey.userHandle());
              statement.setString(6, passkey.label());
              statement.setObject(7, Timestamps.parameter(passkey.createdAt()));
              statement.setObject(
                  8,
                  passkey.lastUsedAt().map(Timestamps::parameter).orElse(null),
                  Types.TIMESTAMP_WITH_TIMEZONE);
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
        statement -> statement.setObject(1, userId.value()));
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
              statement.setObject(2, Timestamps.parameter(at));
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
              statement.setObject(3, userId.value());
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
              statement.setObject(2, userId.value());
            })
        == 1;
  }

  @Override
  public int deleteAllForUser(UserId userId) {
    return store.update(
        jdbc,
        "delete passkeys",
        "DELETE FROM passkeys WHERE user_id = ?",
        statement -> statement.setObject(1, userId.value()));
  }

  private List<Passkey> query(String what, String sql, Binder binder) {
    return store.query(jdbc, what, sql, binder, PostgresPasskeyStore::read);
  }

  private static Passkey read(ResultSet row) throws SQLException {
    Optional<Instant> lastUsedAt =
        Optional.ofNullable(row.getObject(8, OffsetDateTime.class)).map(OffsetDateTime::toInstant);
    return new Passkey(
        new PasskeyId(row.getString(1)),
        new UserId(row.getObject(2, UUID.class)),
        row.getBytes(3),
        row.getLong(4),
        row.getBytes(5),
        row.getString(6),
        row.getObject(7, OffsetDateTime.class).toInstant(),
        lastUsedAt,
        transports(row.getString(9)));
  }

  private static Set<String> transports(String stored) {
    return Arrays.stream(stored.split(","))
        .filter(transport -> !transport.isEmpty())
        .collect(Collectors.toSet());
  }
}
