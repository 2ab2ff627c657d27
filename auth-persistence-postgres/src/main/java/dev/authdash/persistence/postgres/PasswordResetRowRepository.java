package dev.authdash.persistence.postgres;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Micronaut Data repository of {@link PasswordResetRow}: the single-statement reads and writes. */
@JdbcRepository(dataSource = PostgresDatabaseFactory.NAME, dialect = Dialect.POSTGRES)
interface PasswordResetRowRepository extends GenericRepository<PasswordResetRow, String> {

  Optional<PasswordResetRow> findById(String tokenDigest);

  /** Inserts the row, or replaces the user's older link in the same statement (one per user). */
  @Query(
      "INSERT INTO password_resets (token_digest, user_id, issued_by, created_at, expires_at)"
          + " VALUES (:tokenDigest, :userId, :issuedBy, :createdAt, :expiresAt)"
          + " ON CONFLICT (user_id) DO UPDATE SET token_digest = excluded.token_digest,"
          + " issued_by = excluded.issued_by, created_at = excluded.created_at,"
          + " expires_at = excluded.expires_at")
  void put(String tokenDigest, UUID userId, String issuedBy, Instant createdAt, Instant expiresAt);

  @Query("DELETE FROM password_resets WHERE expires_at <= :now")
  long deleteExpired(Instant now);

  @Query("DELETE FROM password_resets WHERE user_id = :userId")
  long deleteByUserId(UUID userId);
}
