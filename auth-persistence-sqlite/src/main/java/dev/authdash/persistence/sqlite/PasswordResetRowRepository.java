package dev.authdash.persistence.sqlite;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Optional;

/** Micronaut Data repository of {@link PasswordResetRow}: the single-statement reads and writes. */
@JdbcRepository(dataSource = SqliteDatabaseFactory.NAME, dialect = Dialect.H2)
interface PasswordResetRowRepository extends GenericRepository<PasswordResetRow, String> {

  Optional<PasswordResetRow> findById(String tokenDigest);

  /**
   * Inserts the row; {@code OR REPLACE} first deletes a row clashing on either unique column, so
   * the user's older link dies in the same statement.
   */
  @Query(
      "INSERT OR REPLACE INTO password_resets"
          + " (token_digest, user_id, issued_by, created_at, expires_at)"
          + " VALUES (:tokenDigest, :userId, :issuedBy, :createdAt, :expiresAt)")
  void put(String tokenDigest, String userId, String issuedBy, long createdAt, long expiresAt);

  @Query("DELETE FROM password_resets WHERE expires_at <= :now")
  long deleteExpired(long now);

  @Query("DELETE FROM password_resets WHERE user_id = :userId")
  long deleteByUserId(String userId);
}
