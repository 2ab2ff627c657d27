package dev.authdash.persistence.sqlite;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Optional;

/** Micronaut Data repository of {@link UserRow}: the single-row reads and writes. */
@JdbcRepository(dataSource = SqliteDatabaseFactory.NAME, dialect = Dialect.H2)
interface UserRowRepository extends GenericRepository<UserRow, String> {

  Optional<UserRow> findById(String id);

  Optional<UserRow> findByUsername(String username);

  Optional<UserRow> findByEmailAndEmailVerifiedAtIsNotNull(String email);

  Optional<UserRow> findByPendingEmailDigest(String pendingEmailDigest);

  /** Inserts the row (Micronaut Data generates the INSERT). */
  void save(UserRow row);

  @Query(
      "UPDATE users SET username = :username, password_hash = :passwordHash, role = :role,"
          + " owner = :owner, created_at = :createdAt, last_login_at = :lastLoginAt,"
          + " last_login_address = :lastLoginAddress, previous_login_at = :previousLoginAt,"
          + " previous_login_address = :previousLoginAddress, email = :email,"
          + " email_verified_at = :emailVerifiedAt, pending_email = :pendingEmail,"
          + " pending_email_digest = :pendingEmailDigest,"
          + " pending_email_expires_at = :pendingEmailExpiresAt WHERE id = :id")
  long updateRow(
      String id,
      String username,
      String passwordHash,
      String role,
      boolean owner,
      long createdAt,
      @Nullable Long lastLoginAt,
      @Nullable String lastLoginAddress,
      @Nullable Long previousLoginAt,
      @Nullable String previousLoginAddress,
      @Nullable String email,
      @Nullable Long emailVerifiedAt,
      @Nullable String pendingEmail,
      @Nullable String pendingEmailDigest,
      @Nullable Long pendingEmailExpiresAt);

  @Query("DELETE FROM users WHERE id = :id")
  long deleteRow(String id);

  @Query("SELECT coalesce(sum(n), 0) FROM user_counts WHERE role = :role")
  long countOfRole(String role);

  @Query("SELECT coalesce(sum(n), 0) FROM user_counts")
  long countAll();

  @Query("SELECT coalesce(max(device_epoch), 0) FROM users WHERE id = :id")
  long deviceEpochOf(String id);

  @Query("UPDATE users SET device_epoch = device_epoch + 1 WHERE id = :id")
  long advanceDeviceEpochOf(String id);
}
