package dev.authdash.persistence.sqlite;

import dev.authdash.core.model.SecondFactor;
import dev.authdash.core.model.UserId;
import dev.authdash.core.port.out.SecondFactorStore;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * SQLite adapter of {@link SecondFactorStore}: tables {@code second_factors} and {@code
 * recovery_codes}. Each "use" is one conditional statement ({@code UPDATE … WHERE last_used_step <
 * ?}, {@code DELETE} of one code), and SQLite runs one writer at a time, so of two concurrent uses
 * (threads or processes) exactly one changes a row.
 */
@Singleton
public final class SqliteSecondFactorStore implements SecondFactorStore {
  private static final String COLUMNS =
      "user_id, encrypted_secret, enabled, created_at, last_used_step";

  private final SqliteStore store;
  private final JdbcOperations jdbc;

  SqliteSecondFactorStore(
      SqliteStore store, @Named(SqliteDatabaseFactory.NAME) JdbcOperations jdbc) {
    this.store = store;
    this.jdbc = jdbc;
  }

  @Override
  public Optional<SecondFactor> find(UserId userId) {
    return store.call(
        "find second factor",
        () ->
            jdbc.prepareStatement(
                "SELECT " + COLUMNS + " FROM second_factors WHERE user_id = ?",
                statement -> {
                  statement.setString(1, userId.toString());
                  try (ResultSet row = statement.executeQuery()) {
                    return row.next() ? Optional.of(read(row)) : Optional.<SecondFactor>empty();
                  }
                }));
  }

  @Override
  public void save(SecondFactor factor) {
    store.update(
        jdbc,
        "save second factor",
        "INSERT INTO second_factors ("
            + COLUMNS
            + ") VALUES (?, ?, ?, ?, ?) ON CONFLICT (user_id) DO UPDATE SET"
            + " encrypted_secret = excluded.encrypted_secret, enabled = excluded.enabled,"
            + " created_at = excluded.created_at,"
            + " last_used_step = MAX(last_used_step, excluded.last_used_step)",
        statement -> {
          statement.setString(1, factor.userId().toString());
          statement.setString(2, factor.encryptedSecret());
          statement.setInt(3, factor.enabled() ? 1 : 0);
          statement.setLong(4, Micros.of(factor.createdAt()));
          statement.setLong(5, factor.lastUsedStep());
        });
  }

  @Override
  public boolean useStep(UserId userId, long step) {
    return store.update(
            jdbc,
            "use a code's step",
            "UPDATE second_factors SET last_used_step = ? WHERE user_id = ? AND last_used_step < ?",
            statement -> {
              statement.setLong(1, step);
              statement.setString(2, userId.toString());
              statement.setLong(3, step);
            })
        == 1;
  }

  @Override
  public boolean delete(UserId userId) {
    return store.inTransaction(
        () -> {
          store.update(
              jdbc,
              "delete recovery codes",
              "DELETE FROM recovery_codes WHERE user_id = ?",
              statement -> statement.setString(1, userId.toString()));
          return store.update(
                  jdbc,
                  "delete second factor",
                  "DELETE FROM second_factors WHERE user_id = ?",
                  statement -> statement.setString(1, userId.toString()))
              == 1;
        });
  }

  @Override
  public void replaceRecoveryCodes(UserId userId, List<String> digests) {
    store.inTransaction(
        () -> {
          store.update(
              jdbc,
              "delete recovery codes",
              "DELETE FROM recovery_codes WHERE user_id = ?",
              statement -> statement.setString(1, userId.toString()));
          for (String digest : digests) {
            store.update(
                jdbc,
                "add recovery code",
                "INSERT INTO recovery_codes (user_id, digest) VALUES (?, ?)",
                statement -> {
                  statement.setString(1, userId.toString());
                  statement.setString(2, digest);
                });
          }
          return null;
        });
  }

  @Override
  public boolean useRecoveryCode(UserId userId, String digest) {
    return store.update(
            jdbc,
            "use a recovery code",
            "DELETE FROM recovery_codes WHERE user_id = ? AND digest = ?",
            statement -> {
              statement.setString(1, userId.toString());
              statement.setString(2, digest);
            })
        == 1;
  }

  @Override
  public int recoveryCodesLeft(UserId userId) {
    return store.call(
        "count recovery codes",
        () ->
            jdbc.prepareStatement(
                "SELECT COUNT(*) FROM recovery_codes WHERE user_id = ?",
                statement -> {
                  statement.setString(1, userId.toString());
                  try (ResultSet row = statement.executeQuery()) {
                    return row.next() ? row.getInt(1) : 0;
                  }
                }));
  }

  @Override
  public List<SecondFactor> findAll() {
    return store.call(
        "list second factors",
        () ->
            jdbc.prepareStatement(
                "SELECT " + COLUMNS + " FROM second_factors ORDER BY user_id",
                statement -> {
                  List<SecondFactor> all = new ArrayList<>();
                  try (ResultSet row = statement.executeQuery()) {
                    while (row.next()) {
                      all.add(read(row));
                    }
                  }
                  return all;
                }));
  }

  private static SecondFactor read(ResultSet row) throws SQLException {
    return new SecondFactor(
        UserId.of(row.getString(1)),
        row.getString(2),
        row.getInt(3) == 1,
        Micros.toInstant(row.getLong(4)),
        row.getLong(5));
  }
}
