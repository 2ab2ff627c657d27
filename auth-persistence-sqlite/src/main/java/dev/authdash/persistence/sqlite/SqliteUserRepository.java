package dev.authdash.persistence.sqlite;

import dev.authdash.core.model.Batch;
import dev.authdash.core.model.EmailAddress;
import dev.authdash.core.model.Page;
import dev.authdash.core.model.Role;
import dev.authdash.core.model.TokenDigest;
import dev.authdash.core.model.User;
import dev.authdash.core.model.UserId;
import dev.authdash.core.model.UserQuery;
import dev.authdash.core.model.Username;
import dev.authdash.core.port.out.UserRepository;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** SQLite adapter of {@link UserRepository}: users in the {@code users} table of the file. */
@Singleton
public final class SqliteUserRepository implements UserRepository {
  private final SqliteStore store;
  private final UserRowRepository rows;
  private final JdbcOperations jdbc;

  SqliteUserRepository(
      SqliteStore store,
      UserRowRepository rows,
      @Named(SqliteDatabaseFactory.NAME) JdbcOperations jdbc) {
    this.store = store;
    this.rows = rows;
    this.jdbc = jdbc;
  }

  @Override
  public Optional<User> findById(UserId id) {
    return store.call(
        "find user by id", () -> rows.findById(id.toString()).map(UserRowMapper::toUser));
  }

  @Override
  public Optional<User> findByUsername(Username username) {
    return store.call(
        "find user by name",
        () -> rows.findByUsername(username.value()).map(UserRowMapper::toUser));
  }

  @Override
  public Optional<User> findByVerifiedEmail(EmailAddress address) {
    return store.call(
        "find user by email",
        () ->
            rows.findByEmailAndEmailVerifiedAtIsNotNull(address.value())
                .map(UserRowMapper::toUser));
  }

  @Override
  public Optional<User> findByPendingEmail(TokenDigest tokenDigest) {
    return store.call(
        "find user by pending email",
        () -> rows.findByPendingEmailDigest(tokenDigest.value()).map(UserRowMapper::toUser));
  }

  @Override
  public void add(User user) {
    store.call(
        "add user",
        () -> {
          rows.save(UserRowMapper.toRow(user));
          return null;
        });
  }

  @Override
  public boolean update(User user) {
    UserRow row = UserRowMapper.toRow(user);
    return store.call(
        "update user",
        () ->
            rows.updateRow(
                    row.id(),
                    row.username(),
                    row.passwordHash(),
                    row.role(),
                    row.owner(),
                    row.createdAt(),
                    row.lastLoginAt(),
                    row.lastLoginAddress(),
                    row.previousLoginAt(),
                    row.previousLoginAddress(),
                    row.email(),
                    row.emailVerifiedAt(),
                    row.pendingEmail(),
                    row.pendingEmailDigest(),
                    row.pendingEmailExpiresAt())
                > 0);
  }

  @Override
  public boolean delete(UserId id) {
    return store.call("delete user", () -> rows.deleteRow(id.toString()) > 0);
  }

  @Override
  public Page<User> list(UserQuery query) {
    return store.call(
        "list users",
        () -> {
          long population = query.role().map(this::countRole).orElseGet(rows::countAll);
          long total =
              query.search().isPresent() ? queryCount(UserListingQuery.count(query)) : population;
          if (total == 0 || query.page().offset() >= total) {
            return new Page<>(List.of(), query.page(), total);
          }
          List<User> users =
              queryRows(UserListingQuery.page(query, total, population)).stream()
                  .map(UserRowMapper::toUser)
                  .toList();
          return new Page<>(users, query.page(), total);
        });
  }

  @Override
  public Batch<User, Username> listAfter(UserQuery query, Optional<Username> after, int limit) {
    UserListingQuery walk = UserListingQuery.after(query, after, Batch.requireLimit(limit));
    List<User> batch =
        store.call("walk users", () -> queryRows(walk)).stream()
            .map(UserRowMapper::toUser)
            .toList();
    return Batch.of(batch, limit, batch.isEmpty() ? null : batch.get(batch.size() - 1).username());
  }

  @Override
  public long countByRole(Role role) {
    return store.call("count users by role", () -> countRole(role));
  }

  @Override
  public long count() {
    return store.call("count users", rows::countAll);
  }

  @Override
  public long deviceEpoch(UserId id) {
    return store.call("read device epoch", () -> rows.deviceEpochOf(id.toString()));
  }

  @Override
  public void advanceDeviceEpoch(UserId id) {
    store.call(
        "advance device epoch",
        () -> {
          rows.advanceDeviceEpochOf(id.toString());
          return null;
        });
  }

  private long countRole(Role role) {
    return rows.countOfRole(role.name());
  }

  private long queryCount(UserListingQuery query) {
    return jdbc.prepareStatement(
        query.sql(),
        statement -> {
          bind(statement, query.parameters());
          try (ResultSet result = statement.executeQuery()) {
            return result.next() ? result.getLong(1) : 0L;
          }
        });
  }

  private List<UserRow> queryRows(UserListingQuery query) {
    return jdbc.prepareStatement(
        query.sql(),
        statement -> {
          bind(statement, query.parameters());
          List<UserRow> found = new ArrayList<>();
          try (ResultSet result = statement.executeQuery()) {
            while (result.next()) {
              found.add(jdbc.readEntity(result, UserRow.class));
            }
          }
          return found;
        });
  }

  static void bind(PreparedStatement statement, List<Object> parameters) throws SQLException {
    for (int i = 0; i < parameters.size(); i++) {
      statement.setObject(i + 1, parameters.get(i));
    }
  }
}
