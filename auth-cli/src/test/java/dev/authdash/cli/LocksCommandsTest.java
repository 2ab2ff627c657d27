package dev.authdash.cli;

import static dev.authdash.cli.UsersCommandsTest.GOOD;
import static dev.authdash.cli.UsersCommandsTest.expect;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.authdash.core.model.AuditEventType;
import dev.authdash.core.model.ClientInfo;
import dev.authdash.core.model.Password;
import dev.authdash.core.port.in.LoginCommand;
import java.io.IOException;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code authdash locks list} and {@code authdash users unlock} against a real redis-server and
 * SQLite file: the "dashboard" (the core over the same stores) locks a name by failed sign-ins.
 */
class LocksCommandsTest {
  static RedisTestServer redis;

  @TempDir Path dir;
  CliHarness cli;

  @BeforeAll
  static void startRedis() throws IOException {
    redis = RedisTestServer.start();
  }

  @AfterAll
  static void stopRedis() {
    redis.stop();
  }

  @BeforeEach
  void aUser() {
    cli =
        new CliHarness(dir.resolve("auth.db"))
            .withRedis(redis.uri(), "t-" + UUID.randomUUID() + ":");
    expect(cli.runWithStdin(GOOD + "\n", "init", "--admin-password-stdin"), ExitCode.OK);
    expect(
        cli.runWithStdin(GOOD + "\n", "users", "create", "alice", "--password-stdin"), ExitCode.OK);
  }

  void guessFiveTimes(String name) {
    cli.asDashboard(
        core -> {
          for (int i = 0; i < 5; i++) {
            try {
              core.login()
                  .login(
                      new LoginCommand(
                          name,
                          Password.of("wrong guess " + i),
                          ClientInfo.of("10.0.0.9", "curl")));
            } catch (RuntimeException expected) {
              // invalid, then locked
            }
          }
        });
  }

  boolean signsIn(String name) {
    boolean[] ok = new boolean[1];
    cli.asDashboard(
        core -> {
          try {
            core.login()
                .login(
                    new LoginCommand(
                        name, Password.of(GOOD), ClientInfo.of("10.0.0.7", "Firefox")));
            ok[0] = true;
          } catch (RuntimeException refused) {
            ok[0] = false;
          }
        });
    return ok[0];
  }

  @Test
  void aLockedName_isListed_andUnlockLiftsIt_auditedAsTheCli() {
    guessFiveTimes("alice");
    assertThat(signsIn("alice")).isFalse();

    JsonNode locks = expect(cli.run("locks", "list", "--json"), ExitCode.OK).json().get("locks");
    assertThat(locks).hasSize(1);
    assertThat(locks.get(0).get("username").asText()).isEqualTo("alice");
    assertThat(locks.get(0).get("failures24h").asLong()).isEqualTo(5);
    assertThat(locks.get(0).get("lastAddress").asText()).isEqualTo("10.0.0.9");
    assertThat(expect(cli.run("locks", "list"), ExitCode.OK).out())
        .contains("alice")
        .contains("LOCKED UNTIL");

    assertThat(expect(cli.run("users", "unlock", "alice"), ExitCode.OK).out())
        .isEqualTo("Lifted the lock on 'alice'.\n");

    assertThat(signsIn("alice")).isTrue();
    assertThat(expect(cli.run("locks", "list"), ExitCode.OK).out())
        .isEqualTo("No username is locked.\n");
    assertThat(
            expect(cli.run("users", "unlock", "alice", "--json"), ExitCode.OK)
                .json()
                .get("unlocked")
                .get("wasLocked")
                .asBoolean())
        .isFalse();
    JsonNode events =
        expect(
                cli.run("audit", "--type", AuditEventType.LOCK_CLEARED.name(), "--json"),
                ExitCode.OK)
            .json()
            .get("events");
    assertThat(events).hasSize(1);
    assertThat(events.get(0).get("actor").asText()).startsWith("cli:");
  }

  @Test
  void withoutRedis_theLocksAreOutOfReach() {
    CliHarness local = new CliHarness(dir.resolve("other.db"));
    expect(local.run("locks", "list"), ExitCode.SESSIONS_UNREACHABLE);
    expect(local.run("users", "unlock", "alice"), ExitCode.SESSIONS_UNREACHABLE);
  }
}
