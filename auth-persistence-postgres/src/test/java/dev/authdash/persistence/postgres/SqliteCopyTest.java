package dev.authdash.persistence.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.authdash.core.model.AuditEvent;
import dev.authdash.core.model.AuditEventType;
import dev.authdash.core.model.AuditQuery;
import dev.authdash.core.model.PageRequest;
import dev.authdash.core.model.Passkey;
import dev.authdash.core.model.PasskeyId;
import dev.authdash.core.model.PasswordReset;
import dev.authdash.core.model.ResetToken;
import dev.authdash.core.model.Role;
import dev.authdash.core.model.SecondFactor;
import dev.authdash.core.model.User;
import dev.authdash.core.model.UserQuery;
import dev.authdash.core.port.out.AuditLog;
import dev.authdash.core.port.out.PasskeyStore;
import dev.authdash.core.port.out.PasswordResetStore;
import dev.authdash.core.port.out.SecondFactorStore;
import dev.authdash.core.port.out.UserRepository;
import dev.authdash.core.testing.TestUsers;
import io.micronaut.context.ApplicationContext;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code authdash db copy}: a SQLite file written by the real SQLite adapter, copied into a fresh
 * PostgreSQL database and read back through the PostgreSQL adapters.
 */
class SqliteCopyTest {
  private static final int USERS = 40;
  private static final int EVENTS = 33;

  @TempDir Path dir;
  private Path file;
  private String database;
  private final List<User> users = new ArrayList<>();
  private PasswordReset live;
  private PasswordReset expired;
  private SecondFactor factor;
  private Passkey passkey;

  @BeforeEach
  void aDashboardsSqliteFile() {
    file = dir.resolve("auth.db");
    database = PostgresServer.createDatabase();
    try (ApplicationContext sqlite =
        ApplicationContext.run(Map.of("auth.db.path", file.toString()))) {
      UserRepository repository = sqlite.getBean(UserRepository.class);
      for (int i = 0; i < USERS; i++) {
        User user = i % 3 == 0 ? TestUsers.fullyPopulated("full" + i) : TestUsers.user("plain" + i);
        repository.add(user);
        users.add(user);
      }
      // A user whose device cookies were retired twice: they stay retired in the copy.
      repository.advanceDeviceEpoch(users.get(3).id());
      repository.advanceDeviceEpoch(users.get(3).id());
      AuditLog audit = sqlite.getBean(AuditLog.class);
      Instant t = TestUsers.now();
      for (int i = 0; i < EVENTS; i++) {
        audit.append(
            new AuditEvent(
                t.plusSeconds(i), AuditEventType.LOGIN_FAILED, "actor" + i, "", "192.0.2.1", ""));
      }
      PasswordResetStore resets = sqlite.getBean(PasswordResetStore.class);
      Instant now = TestUsers.now();
      live =
          new PasswordReset(
              ResetToken.generate().digest(),
              users.get(1).id(),
              "admin",
              now,
              now.plusSeconds(900));
      Instant old = now.minus(Duration.ofDays(1));
      expired =
          new PasswordReset(
              ResetToken.generate().digest(), users.get(2).id(), "admin", old, old.plusSeconds(60));
      resets.save(expired);
      resets.save(live);
      SecondFactorStore factors = sqlite.getBean(SecondFactorStore.class);
      factor = new SecondFactor(users.get(3).id(), "sealed key", true, now, 12_345L);
      factors.save(factor);
      factors.replaceRecoveryCodes(factor.userId(), List.of("digest-a", "digest-b"));
      passkey =
          new Passkey(
              PasskeyId.of(new byte[] {7, 7, 7, 7}),
              users.get(4).id(),
              new byte[] {1, 2, 3, 4},
              41,
              Passkey.userHandle(users.get(4).id()),
              "Laptop",
              now,
              Optional.of(now.plusSeconds(5)),
              Set.of("internal", "hybrid"));
      sqlite.getBean(PasskeyStore.class).add(passkey);
    }
  }

  @AfterEach
  void dropTheTarget() {
    PostgresServer.dropDatabase(database);
  }

  private SqliteCopy copy(int batch) {
    return new SqliteCopy(file, settings(), batch);
  }

  private PostgresSettings settings() {
    return PostgresSettings.of(
        PostgresServer.jdbcUrl(database),
        PostgresServer.USER,
        "",
        2,
        Duration.ofSeconds(1),
        Duration.ofSeconds(10));
  }

  @Test
  void everyUserEventAndLiveLink_arrives_inBatches_withTheCountsChecked() throws Exception {
    List<String> stages = new ArrayList<>();
    SqliteCopy.Report report =
        copy(7).run(false, (stage, done, total) -> stages.add(stage + " " + done + "/" + total));

    assertThat(report.usersCopied()).isEqualTo(USERS);
    assertThat(report.eventsCopied()).isEqualTo(EVENTS);
    assertThat(report.resetsCopied()).isEqualTo(1);
    assertThat(report.countsMatch()).isTrue();
    assertThat(report.sourceUsersInTarget()).isEqualTo(USERS);
    assertThat(stages).contains("users 7/40", "users 40/40", "audit events 33/33");
    try (PostgresTestDatabase target = PostgresTestDatabase.open(database)) {
      UserRepository copied = target.bean(UserRepository.class);
      for (User user : users) {
        assertThat(copied.findById(user.id())).contains(user);
      }
      assertThat(copied.deviceEpoch(users.get(3).id())).isEqualTo(2);
      assertThat(copied.deviceEpoch(users.get(4).id())).isZero();
      List<AuditEvent> events =
          target.bean(AuditLog.class).find(AuditQuery.all(PageRequest.first(100))).items();
      assertThat(events).hasSize(EVENTS);
      assertThat(events.get(0).actor()).isEqualTo("actor" + (EVENTS - 1));
      PasswordResetStore resets = target.bean(PasswordResetStore.class);
      assertThat(resets.find(live.tokenDigest())).contains(live);
      assertThat(resets.find(expired.tokenDigest())).isEmpty();
      SecondFactorStore factors = target.bean(SecondFactorStore.class);
      assertThat(report.secondFactorsCopied()).isEqualTo(1);
      assertThat(factors.find(factor.userId())).contains(factor);
      assertThat(factors.recoveryCodesLeft(factor.userId())).isEqualTo(2);
      assertThat(factors.useRecoveryCode(factor.userId(), "digest-b")).isTrue();
      assertThat(report.passkeysCopied()).isEqualTo(1);
      Passkey copiedKey = target.bean(PasskeyStore.class).find(passkey.id()).orElseThrow();
      assertThat(copiedKey.userId()).isEqualTo(passkey.userId());
      assertThat(copiedKey.publicKeyCose()).isEqualTo(passkey.publicKeyCose());
      assertThat(copiedKey.userHandle()).isEqualTo(passkey.userHandle());
      assertThat(copiedKey.signatureCount()).isEqualTo(41);
      assertThat(copiedKey.label()).isEqualTo("Laptop");
      assertThat(copiedKey.createdAt()).isEqualTo(passkey.createdAt());
      assertThat(copiedKey.lastUsedAt()).isEqualTo(passkey.lastUsedAt());
      assertThat(copiedKey.transports()).isEqualTo(passkey.transports());
    }
  }

  @Test
  void anInterruptedCopy_resumesWhereItStopped_andCopiesNothingTwice() throws Exception {
    copyInterruptedAfterTwoBatchesOfUsers();

    SqliteCopy.Report again = copy(7).run(false, (stage, done, total) -> {});

    assertThat(again.resumed()).isTrue();
    assertThat(again.usersCopied()).isEqualTo(USERS - 14);
    assertThat(again.countsMatch()).isTrue();
    assertThat(again.targetUsers()).isEqualTo(USERS);
    try (PostgresTestDatabase target = PostgresTestDatabase.open(database)) {
      assertThat(target.bean(AuditLog.class).find(AuditQuery.all(PageRequest.first(1))).total())
          .isEqualTo(EVENTS);
    }
  }

  @Test
  void aTargetWithUsers_isRefused_unlessMerging_andMergingSkipsTheNamesItHas() throws Exception {
    User clash = TestUsers.user("plain4");
    try (PostgresTestDatabase target = PostgresTestDatabase.open(database)) {
      target.bean(UserRepository.class).add(clash);
    }

    assertThatThrownBy(() -> copy(7).run(false, (stage, done, total) -> {}))
        .isInstanceOf(SqliteCopy.RefusedException.class)
        .hasMessageContaining("already has 1 users")
        .hasMessageContaining("--merge");

    SqliteCopy.Report merged = copy(7).run(true, (stage, done, total) -> {});
    assertThat(merged.usersCopied()).isEqualTo(USERS - 1);
    assertThat(merged.usersSkipped()).isEqualTo(1);
    assertThat(merged.targetUsers()).isEqualTo(USERS);
    assertThat(merged.sourceUsersMissing()).isEqualTo(1);
    assertThat(merged.countsMatch()).isTrue();
    try (PostgresTestDatabase target = PostgresTestDatabase.open(database)) {
      assertSearchesFind(
          users.stream().map(u -> u.username().equals(clash.username()) ? clash : u).toList(),
          target.bean(UserRepository.class));
    }
  }

  @Test
  void usersCopiedIntoAnEmptyDatabase_areFoundBySearchAndRole_withExactTotals() throws Exception {
    // Interrupted after two batches, so the users arrive in two runs, and the search rows, which a
    // copy into an empty database builds once at the end, must cover both.
    copyInterruptedAfterTwoBatchesOfUsers();
    List<String> stages = new ArrayList<>();
    copy(7).run(false, (stage, done, total) -> stages.add(stage + " " + done + "/" + total));

    assertThat(stages).containsSubsequence("users 40/40", "search index 1/1", "audit events 33/33");
    try (PostgresTestDatabase target = PostgresTestDatabase.open(database)) {
      UserRepository copied = target.bean(UserRepository.class);
      assertSearchesFind(users, copied);
      // Every other session keeps its search rows as it writes.
      User later = TestUsers.user("plainly");
      copied.add(later);
      copied.delete(users.get(1).id());
      List<User> now =
          Stream.concat(users.stream().filter(u -> !u.equals(users.get(1))), Stream.of(later))
              .toList();
      assertSearchesFind(now, copied);
    }
  }

  /** A copy in batches of 7 users that stops as the third batch is reported (14 users are in). */
  private void copyInterruptedAfterTwoBatchesOfUsers() {
    AtomicInteger batches = new AtomicInteger();
    assertThatThrownBy(
            () ->
                copy(7)
                    .run(
                        false,
                        (stage, done, total) -> {
                          if (stage.equals("users") && batches.incrementAndGet() == 3) {
                            throw new IllegalStateException("interrupted");
                          }
                        }))
        .hasMessage("interrupted");
  }

  /**
   * Substring searches of one, two, three and more characters, each alone and with each role: the
   * page and its total are those of the expected users, in username order.
   */
  private static void assertSearchesFind(List<User> expected, UserRepository target) {
    for (String term : List.of("f", "3", "ul", "in", "ful", "ain1", "plainly")) {
      for (Optional<Role> role :
          List.of(Optional.<Role>empty(), Optional.of(Role.USER), Optional.of(Role.ADMIN))) {
        List<String> matching =
            expected.stream()
                .filter(u -> u.username().value().contains(term))
                .filter(u -> role.isEmpty() || u.role() == role.get())
                .map(u -> u.username().value())
                .sorted()
                .toList();
        var page = target.list(new UserQuery(Optional.of(term), role, PageRequest.first(100)));
        assertThat(page.total()).as(term + " " + role).isEqualTo(matching.size());
        assertThat(page.items())
            .extracting(u -> u.username().value())
            .as(term + " " + role)
            .isEqualTo(matching);
      }
    }
    assertThat(target.count()).isEqualTo(expected.size());
    assertThat(target.countByRole(Role.ADMIN))
        .isEqualTo(expected.stream().filter(u -> u.role() == Role.ADMIN).count());
  }

  @Test
  void aFinishedCopyRunAgainWithMerge_copiesNothingTwice() throws Exception {
    copy(50).run(false, (stage, done, total) -> {});

    SqliteCopy.Report again = copy(50).run(true, (stage, done, total) -> {});

    assertThat(again.usersCopied()).isZero();
    assertThat(again.usersSkipped()).isEqualTo(USERS);
    assertThat(again.eventsCopied()).isZero();
    assertThat(again.targetUsers()).isEqualTo(USERS);
    assertThat(again.countsMatch()).isTrue();
  }
}
