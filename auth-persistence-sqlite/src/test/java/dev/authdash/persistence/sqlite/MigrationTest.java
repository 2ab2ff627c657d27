package dev.authdash.persistence.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import dev.authdash.core.model.AuditEventType;
import dev.authdash.core.model.AuditQuery;
import dev.authdash.core.model.HourlyCount;
import dev.authdash.core.model.PageRequest;
import dev.authdash.core.model.Role;
import dev.authdash.core.model.User;
import dev.authdash.core.model.UserQuery;
import dev.authdash.core.model.Username;
import dev.authdash.core.port.out.AuditLog;
import dev.authdash.core.port.out.AuditStatistics;
import dev.authdash.core.port.out.UserRepository;
import dev.authdash.core.testing.TestUsers;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

/** A file at an older schema version, with data, upgrades to the current one keeping it all. */
class MigrationTest {
  @TempDir Path dir;

  @Test
  void aVersionOneFileWithUsersAndEvents_upgradesWithItsDataSearchableAndCounted()
      throws Exception {
    Path file = dir.resolve("auth.db");
    SQLiteDataSource driver =
        SqliteConnections.driver(new SqliteSettings(file, Duration.ofSeconds(5), 1));
    assertThat(SqliteMigrations.migrateTo(driver, "1")).isEqualTo(1);
    // Version 1 had no previous-login columns: a user as that release stored it.
    User full = TestUsers.fullyPopulated("maria");
    User maria =
        User.restore(
            full.id(),
            full.username(),
            full.passwordHash(),
            full.role(),
            full.owner(),
            full.createdAt(),
            full.lastLogin(),
            null);
    User mario = TestUsers.user("mario");
    User root = TestUsers.admin("root");
    try (Connection c = driver.getConnection();
        PreparedStatement insert =
            c.prepareStatement(
                "INSERT INTO users (id, username, password_hash, role, owner, created_at,"
                    + " last_login_at, last_login_address) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        Statement statement = c.createStatement()) {
      for (User user : List.of(maria, mario, root)) {
        UserRow row = UserRowMapper.toRow(user);
        insert.setString(1, row.id());
        insert.setString(2, row.username());
        insert.setString(3, row.passwordHash());
        insert.setString(4, row.role());
        insert.setBoolean(5, row.owner());
        insert.setLong(6, row.createdAt());
        insert.setObject(7, row.lastLoginAt());
        insert.setString(8, row.lastLoginAddress());
        insert.executeUpdate();
      }
      statement.executeUpdate(
          "INSERT INTO audit_events (at, type, actor, target, address, detail)"
              + " VALUES (1, 'REGISTERED', 'maria', 'maria', '192.0.2.1', 'kept')");
    }

    try (SqliteTestDatabase db = SqliteTestDatabase.open(file)) {
      UserRepository users = db.bean(UserRepository.class);
      assertThat(users.findByUsername(Username.of("maria"))).contains(maria);
      assertThat(users.count()).isEqualTo(3);
      assertThat(users.countByRole(Role.ADMIN)).isEqualTo(2);
      assertThat(
              users
                  .list(
                      new UserQuery(
                          Optional.of("mari"), Optional.of(Role.USER), PageRequest.first(10)))
                  .items())
          .containsExactly(mario);
      // The 1-2 character index (version 5) was backfilled for the users already there.
      assertThat(
              users.list(
                  new UserQuery(Optional.of("ri"), Optional.of(Role.USER), PageRequest.first(10))))
          .satisfies(page -> assertThat(page.items()).containsExactly(mario))
          .satisfies(page -> assertThat(page.total()).isEqualTo(1));
      assertThat(
              users.list(new UserQuery(Optional.of("o"), Optional.empty(), PageRequest.first(10))))
          .satisfies(page -> assertThat(page.items()).containsExactly(mario, root))
          .satisfies(page -> assertThat(page.total()).isEqualTo(2));
      try (Connection c = driver.getConnection();
          Statement statement = c.createStatement();
          var grams =
              statement.executeQuery(
                  "SELECT group_concat(gram, ' ') FROM (SELECT gram FROM username_grams g"
                      + " JOIN users u ON u.seq = g.user_seq WHERE u.username = 'maria'"
                      + " ORDER BY gram)")) {
        assertThat(grams.next()).isTrue();
        assertThat(grams.getString(1)).isEqualTo("a ar i ia m ma r ri");
      }
      try (Connection c = driver.getConnection();
          Statement statement = c.createStatement();
          var counts =
              statement.executeQuery("SELECT sum(n) FROM username_gram_counts WHERE gram = 'r'")) {
        assertThat(counts.next()).isTrue();
        assertThat(counts.getLong(1)).isEqualTo(3); // maria, mario, root
      }
      assertThat(
              db.bean(AuditLog.class)
                  .find(
                      new AuditQuery(
                          Optional.of("maria"),
                          Optional.empty(),
                          Optional.empty(),
                          PageRequest.first(10)))
                  .items())
          .extracting(e -> e.detail())
          .containsExactly("kept");
      // The hourly counts (version 10) were backfilled from the events already there.
      assertThat(
              db.bean(AuditStatistics.class)
                  .countsPerHour(
                      Instant.EPOCH,
                      Instant.EPOCH.plusSeconds(3600),
                      EnumSet.allOf(AuditEventType.class)))
          .containsExactly(new HourlyCount(Instant.EPOCH, AuditEventType.REGISTERED, 1));
    }
    assertThat(SqliteMigrations.migrate(driver)).isZero();
  }
}
