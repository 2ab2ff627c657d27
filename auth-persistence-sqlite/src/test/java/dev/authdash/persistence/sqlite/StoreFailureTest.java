package dev.authdash.persistence.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.authdash.core.error.StoreUnavailableException;
import dev.authdash.core.model.AuditEvent;
import dev.authdash.core.model.AuditEventType;
import dev.authdash.core.model.Username;
import dev.authdash.core.port.out.AuditLog;
import dev.authdash.core.port.out.UnitOfWork;
import dev.authdash.core.port.out.UserRepository;
import dev.authdash.core.testing.TestUsers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Storage failures reach the core as its one StoreUnavailableException, with a clear message. */
class StoreFailureTest {
  @TempDir Path dir;

  @Test
  void aWriteLockHeldLongerThanTheBusyTimeout_makesWritesStoreUnavailable_whileReadsGoOn()
      throws Exception {
    Path file = dir.resolve("auth.db");
    try (SqliteTestDatabase db =
        SqliteTestDatabase.open(file, Map.of("auth.db.busy-timeout", "200ms"))) {
      UserRepository users = db.bean(UserRepository.class);
      users.add(TestUsers.user("alice"));
      SqliteSettings other = new SqliteSettings(file, Duration.ofSeconds(1), 1);
      try (Connection locker = SqliteConnections.driver(other).getConnection();
          Statement statement = locker.createStatement()) {
        statement.execute("BEGIN IMMEDIATE");

        assertThatThrownBy(() -> users.add(TestUsers.user("bob")))
            .isInstanceOf(StoreUnavailableException.class)
            .hasMessage("The user database is unavailable right now. Please try again in a moment.")
            .hasRootCauseMessage("[SQLITE_BUSY] The database file is locked (database is locked)");
        assertThatThrownBy(() -> db.bean(UnitOfWork.class).atomically(users::count))
            .isInstanceOf(StoreUnavailableException.class);
        assertThatThrownBy(
                () ->
                    db.bean(AuditLog.class)
                        .append(
                            new AuditEvent(
                                TestUsers.now(), AuditEventType.LOGIN_FAILED, "x", "", "", "")))
            .isInstanceOf(StoreUnavailableException.class);
        assertThat(users.findByUsername(Username.of("alice"))).isPresent();
        statement.execute("ROLLBACK");
      }
      users.add(TestUsers.user("bob"));
      assertThat(users.count()).isEqualTo(2);
    }
  }

  @Test
  void aFileThatIsNotADatabase_failsTheStartWithStoreUnavailable() throws Exception {
    Path file = dir.resolve("auth.db");
    Files.writeString(
        file, "this is not a database, just some text that is long enough ".repeat(20));

    assertThatThrownBy(() -> startUsing(file))
        .hasRootCauseInstanceOf(SQLException.class)
        .satisfies(
            e -> assertThat(causes(e)).anyMatch(c -> c instanceof StoreUnavailableException));
  }

  @Test
  void aFolderThatCannotBeCreated_failsTheStartWithStoreUnavailable() throws Exception {
    Path notAFolder = Files.writeString(dir.resolve("plain-file"), "x");

    assertThatThrownBy(() -> startUsing(notAFolder.resolve("auth.db")))
        .satisfies(
            e -> assertThat(causes(e)).anyMatch(c -> c instanceof StoreUnavailableException));
  }

  private static void startUsing(Path file) {
    try (SqliteTestDatabase db = SqliteTestDatabase.open(file)) {
      db.bean(UserRepository.class).count();
    }
  }

  private static List<Throwable> causes(Throwable e) {
    List<Throwable> all = new ArrayList<>();
    for (Throwable t = e; t != null && all.size() < 20; t = t.getCause()) {
      all.add(t);
    }
    return all;
  }
}
