package dev.authdash.persistence.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import dev.authdash.core.model.AuditEvent;
import dev.authdash.core.model.AuditEventType;
import dev.authdash.core.model.AuditQuery;
import dev.authdash.core.model.PageRequest;
import dev.authdash.core.model.Username;
import dev.authdash.core.port.out.AuditLog;
import dev.authdash.core.port.out.UnitOfWork;
import dev.authdash.core.port.out.UserRepository;
import dev.authdash.core.testing.MutableClock;
import dev.authdash.core.testing.TestUsers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What an application gets from this jar with nothing but {@code auth.db.path} set. */
class WiringTest {
  @TempDir Path dir;

  @Test
  void anAppWithOnlyTheDbPath_getsTheThreeAdapters_andItsFolderIsCreated() {
    Path file = dir.resolve("nested/folder/auth.db");
    try (SqliteTestDatabase db = SqliteTestDatabase.open(file)) {
      assertThat(db.bean(UserRepository.class)).isInstanceOf(SqliteUserRepository.class);
      assertThat(db.bean(UnitOfWork.class)).isInstanceOf(SqliteUnitOfWork.class);
      assertThat(db.bean(AuditLog.class)).isInstanceOf(SqliteAuditLog.class);
      db.bean(UserRepository.class).add(TestUsers.user("alice"));
    }
    assertThat(Files.isRegularFile(file)).isTrue();
  }

  @Test
  void usersOutliveTheProcess_andTwoContextsOnOneFileSeeTheSameUsers() {
    Path file = dir.resolve("auth.db");
    try (SqliteTestDatabase web = SqliteTestDatabase.open(file);
        SqliteTestDatabase cli = SqliteTestDatabase.open(file)) {
      web.bean(UserRepository.class).add(TestUsers.user("alice"));
      assertThat(cli.bean(UserRepository.class).findByUsername(Username.of("alice"))).isPresent();
    }
    try (SqliteTestDatabase again = SqliteTestDatabase.open(file)) {
      assertThat(again.bean(UserRepository.class).count()).isEqualTo(1);
    }
  }

  @Test
  void withARetention_oldEventsArePrunedOnAppend_atMostHourly() {
    MutableClock clock = MutableClock.startingNow();
    try (SqliteTestDatabase db =
        SqliteTestDatabase.open(
            dir.resolve("auth.db"), Map.of("auth.audit.retention", "90d"), clock)) {
      AuditLog log = db.bean(AuditLog.class);
      log.append(event(clock.instant().minus(Duration.ofDays(91)), "ancient"));
      assertThat(actors(log)).isEmpty();

      log.append(event(clock.instant().minus(Duration.ofDays(90)).plusSeconds(600), "edge"));
      clock.advance(Duration.ofMinutes(30));
      log.append(event(clock.instant(), "now"));
      assertThat(actors(log)).as("no prune within the hour").containsExactly("now", "edge");

      clock.advance(Duration.ofMinutes(31));
      log.append(event(clock.instant(), "later"));
      assertThat(actors(log)).containsExactly("later", "now");
    }
  }

  @Test
  void aRetentionOfZero_keepsEverything() {
    MutableClock clock = MutableClock.startingNow();
    try (SqliteTestDatabase db =
        SqliteTestDatabase.open(
            dir.resolve("auth.db"), Map.of("auth.audit.retention", "0"), clock)) {
      AuditLog log = db.bean(AuditLog.class);
      log.append(event(clock.instant().minus(Duration.ofDays(3650)), "ancient"));
      assertThat(actors(log)).containsExactly("ancient");
    }
  }

  @Test
  void byDefault_eventsAreKept400Days() {
    MutableClock clock = MutableClock.startingNow();
    try (SqliteTestDatabase db = SqliteTestDatabase.open(dir.resolve("auth.db"), Map.of(), clock)) {
      AuditLog log = db.bean(AuditLog.class);
      log.append(event(clock.instant().minus(Duration.ofDays(401)), "old"));
      log.append(event(clock.instant().minus(Duration.ofDays(399)), "kept"));
      assertThat(actors(log)).containsExactly("kept");
    }
  }

  private static AuditEvent event(java.time.Instant at, String actor) {
    return new AuditEvent(at, AuditEventType.LOGIN_FAILED, actor, "", "192.0.2.1", "");
  }

  private static java.util.List<String> actors(AuditLog log) {
    return log.find(AuditQuery.all(PageRequest.first(50))).items().stream()
        .map(AuditEvent::actor)
        .toList();
  }
}
