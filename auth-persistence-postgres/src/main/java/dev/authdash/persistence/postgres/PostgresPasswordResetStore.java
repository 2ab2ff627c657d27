package dev.authdash.persistence.postgres;

import dev.authdash.core.model.PasswordReset;
import dev.authdash.core.model.TokenDigest;
import dev.authdash.core.model.UserId;
import dev.authdash.core.port.out.PasswordResetStore;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.util.Optional;

/**
 * PostgreSQL adapter of {@link PasswordResetStore}: pending resets in the {@code password_resets}
 * table, keyed by the token's digest, one per user, removed with their user.
 *
 * <p>{@link #take} is a single {@code DELETE … RETURNING}: of two concurrent takes (threads or
 * dashboards), the second waits for the first's row lock, then finds the row gone.
 */
@Singleton
public final class PostgresPasswordResetStore implements PasswordResetStore {
  private static final String TAKE =
      "DELETE FROM password_resets WHERE token_digest = ?"
          + " RETURNING token_digest, user_id, issued_by, created_at, expires_at";

  private final PostgresStore store;
  private final PasswordResetRowRepository rows;
  private final JdbcOperations jdbc;

  PostgresPasswordResetStore(
      PostgresStore store,
      PasswordResetRowRepository rows,
      @Named(PostgresDatabaseFactory.NAME) JdbcOperations jdbc) {
    this.store = store;
    this.rows = rows;
    this.jdbc = jdbc;
  }

  /** Also sweeps links that expired before this one was made, in the same transaction. */
  @Override
  public void save(PasswordReset reset) {
    PasswordResetRow row = PasswordResetRow.of(reset);
    store.inTransaction(
        "save password reset",
        () -> {
          rows.deleteExpired(row.createdAt());
          rows.put(
              row.tokenDigest(), row.userId(), row.issuedBy(), row.createdAt(), row.expiresAt());
          return null;
        });
  }

  @Override
  public Optional<PasswordReset> find(TokenDigest digest) {
    return store.call(
        "find password reset", () -> rows.findById(digest.value()).map(PasswordResetRow::toReset));
  }

  @Override
  public Optional<PasswordReset> take(TokenDigest digest) {
    return store.call(
        "take password reset",
        () ->
            jdbc.prepareStatement(
                TAKE,
                statement -> {
                  statement.setString(1, digest.value());
                  try (ResultSet result = statement.executeQuery()) {
                    return result.next()
                        ? Optional.of(jdbc.readEntity(result, PasswordResetRow.class).toReset())
                        : Optional.<PasswordReset>empty();
                  }
                }));
  }

  @Override
  public void deleteAllForUser(UserId userId) {
    store.call("delete password resets", () -> rows.deleteByUserId(userId.value()));
  }
}
