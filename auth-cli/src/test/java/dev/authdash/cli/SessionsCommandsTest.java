package dev.authdash.cli;

import static dev.authdash.cli.UsersCommandsTest.GOOD;
import static dev.authdash.cli.UsersCommandsTest.expect;
import static dev.authdash.cli.UsersCommandsTest.fieldNames;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.authdash.cli.CliHarness.Result;
import dev.authdash.core.model.ClientInfo;
import dev.authdash.core.model.Password;
import dev.authdash.core.model.SessionResolution;
import dev.authdash.core.model.SessionToken;
import dev.authdash.core.port.in.LoginCommand;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sessions commands against a real redis-server and SQLite file: the "dashboard" (the core over
 * the same stores) signs users in; the CLI lists and revokes, and the dashboard sees it at once.
 */
class SessionsCommandsTest {
  static RedisTestServer redis;

  @TempDir Path dir;
  CliHarness cli;
  String adminPassword;

  @BeforeAll
  static void startRedis() throws IOException {
    redis = RedisTestServer.start();
  }

  @AfterAll
  static void stopRedis() {
    redis.stop();
  }

  @BeforeEach
  void usersAndSessions() {
    cli =
        new CliHarness(dir.resolve("auth.db"))
            .withRedis(redis.uri(), "t-" + UUID.randomUUID() + ":");
    expect(cli.runWithStdin(GOOD + "\n", "init", "--admin-password-stdin"), ExitCode.OK);
    expect(
        cli.runWithStdin(GOOD + "\n", "users", "create", "alice", "--password-stdin"), ExitCode.OK);
    expect(
        cli.runWithStdin(GOOD + "\n", "users", "create", "bob", "--password-stdin"), ExitCode.OK);
  }

  List<SessionToken> signIn(String... usernames) {
    List<SessionToken> tokens = new ArrayList<>();
    cli.asDashboard(
        core -> {
          for (String username : usernames) {
            tokens.add(
                core.login()
                    .login(
                        new LoginCommand(
                            username, Password.of(GOOD), ClientInfo.of("10.0.0.7", "Firefox")))
                    .token());
          }
        });
    return tokens;
  }

  boolean live(SessionToken token) {
    boolean[] live = new boolean[1];
    cli.asDashboard(
        core -> live[0] = core.resolveSession().resolve(token) instanceof SessionResolution.Active);
    return live[0];
  }

  @Test
  void usersList_countsLiveSessions_fromRedis() {
    signIn("alice", "alice", "bob");

    JsonNode users = expect(cli.run("users", "list", "--json"), ExitCode.OK).json().get("users");
    assertThat(users.get(1).get("username").asText()).isEqualTo("alice");
    assertThat(users.get(1).get("activeSessions").asInt()).isEqualTo(2);
    assertThat(users.get(0).get("activeSessions").asInt()).isZero();
    assertThat(
            expect(cli.run("users", "show", "bob", "--json"), ExitCode.OK)
                .json()
                .get("user")
                .get("activeSessions")
                .asInt())
        .isEqualTo(1);
    assertThat(cli.run("users", "list").out()).doesNotContain("dashboard's memory");
  }

  @Test
  void list_showsOneUsersSessions_orEveryones_inTheDocumentedShape() {
    signIn("alice", "bob", "bob");

    JsonNode alice = expect(cli.run("sessions", "list", "alice", "--json"), ExitCode.OK).json();
    assertThat(fieldNames(alice)).containsExactly("sessions");
    JsonNode session = alice.get("sessions").get(0);
    assertThat(fieldNames(session))
        .containsExactly(
            "username",
            "handle",
            "createdAt",
            "lastSeenAt",
            "expiresAt",
            "absoluteExpiresAt",
            "address",
            "userAgent");
    assertThat(session.get("handle").asText()).matches("[A-Za-z0-9_-]{22}");
    assertThat(session.get("address").asText()).isEqualTo("10.0.0.7");
    assertThat(session.get("userAgent").asText()).isEqualTo("Firefox");

    JsonNode everyone = expect(cli.run("sessions", "list", "--json"), ExitCode.OK).json();
    List<String> owners = new ArrayList<>();
    everyone.get("sessions").forEach(s -> owners.add(s.get("username").asText()));
    assertThat(owners).containsExactly("alice", "bob", "bob");

    Result table = expect(cli.run("sessions", "list"), ExitCode.OK);
    assertThat(table.out().lines().findFirst().orElseThrow())
        .startsWith("USER   HANDLE                  CREATED");
    assertThat(table.out().lines().count()).isEqualTo(4);
    assertThat(expect(cli.run("sessions", "list", "admin"), ExitCode.OK).out())
        .isEqualTo("No live sessions.\n");
    expect(cli.run("sessions", "list", "nobody"), ExitCode.NOT_FOUND);
  }

  @Test
  void revokeOneUser_signsItOutEverywhere_andTheDashboardSeesItAtOnce() {
    List<SessionToken> tokens = signIn("alice", "alice", "bob");

    Result revoked = expect(cli.run("sessions", "revoke", "alice"), ExitCode.OK);

    assertThat(revoked.out()).isEqualTo("Revoked 2 sessions of 'alice'.\n");
    assertThat(live(tokens.get(0))).isFalse();
    assertThat(live(tokens.get(1))).isFalse();
    assertThat(live(tokens.get(2))).isTrue();
    JsonNode audit =
        expect(cli.run("audit", "--type", "sessions_revoked", "--json"), ExitCode.OK).json();
    assertThat(audit.get("events").get(0).get("actor").asText()).isEqualTo("cli:tester");
    assertThat(audit.get("events").get(0).get("detail").asText()).isEqualTo("all sessions (2)");
  }

  @Test
  void revokeOneSession_byHandle_orNotFound() {
    List<SessionToken> tokens = signIn("bob", "bob");
    String handle =
        expect(cli.run("sessions", "list", "bob", "--json"), ExitCode.OK)
            .json()
            .get("sessions")
            .get(0)
            .get("handle")
            .asText();

    JsonNode json =
        expect(cli.run("sessions", "revoke", "bob", "--handle", handle, "--json"), ExitCode.OK)
            .json();

    assertThat(json.get("revoked").toString())
        .isEqualTo(
            "{\"scope\":\"session\",\"username\":\"bob\",\"handle\":\""
                + handle
                + "\",\"count\":1}");
    assertThat(live(tokens.get(0))).isFalse();
    assertThat(live(tokens.get(1))).isTrue();
    Result gone =
        expect(cli.run("sessions", "revoke", "bob", "--handle", handle), ExitCode.NOT_FOUND);
    assertThat(gone.err()).isEqualTo("authdash: That session no longer exists.\n");
    expect(cli.run("sessions", "revoke", "bob", "--handle", "not-a-handle"), ExitCode.USAGE);
    expect(cli.run("sessions", "revoke", "nobody"), ExitCode.NOT_FOUND);
  }

  @Test
  void revokeAll_needsYes_thenSignsEveryoneOut_theOwnerToo() {
    List<SessionToken> tokens = signIn("admin", "alice", "bob");

    Result unconfirmed = expect(cli.run("sessions", "revoke", "--all"), ExitCode.USAGE);
    assertThat(unconfirmed.err()).contains("add --yes");
    assertThat(tokens).allMatch(this::live);
    expect(cli.run("sessions", "revoke"), ExitCode.USAGE);
    expect(cli.run("sessions", "revoke", "alice", "--all", "--yes"), ExitCode.USAGE);

    JsonNode json =
        expect(cli.run("sessions", "revoke", "--all", "--yes", "--json"), ExitCode.OK).json();

    assertThat(json.get("revoked").get("scope").asText()).isEqualTo("all");
    assertThat(json.get("revoked").get("count").asInt()).isEqualTo(3);
    assertThat(tokens).noneMatch(this::live);
    assertThat(expect(cli.run("sessions", "list"), ExitCode.OK).out())
        .isEqualTo("No live sessions.\n");
  }

  @Test
  void deleteAndDemote_reachLiveSessions_atOnce() {
    List<SessionToken> tokens = signIn("alice", "bob");
    expect(cli.run("users", "promote", "bob"), ExitCode.OK);

    expect(cli.run("users", "delete", "alice", "--yes"), ExitCode.OK);
    expect(cli.run("users", "demote", "bob"), ExitCode.OK);

    assertThat(live(tokens.get(0))).isFalse();
    cli.asDashboard(
        core ->
            assertThat(
                    ((SessionResolution.Active) core.resolveSession().resolve(tokens.get(1)))
                        .user()
                        .isAdmin())
                .isFalse());
  }

  @Test
  void theRedisOption_selectsRedis_withoutTheEnvironment() {
    CliHarness plain =
        new CliHarness(cli.db())
            .with("AUTH_SESSION_REDIS_PREFIX", "other-" + UUID.randomUUID() + ":");
    expect(plain.run("sessions", "list"), ExitCode.SESSIONS_UNREACHABLE);
    Result viaOption =
        expect(plain.run("sessions", "list", "--redis", redis.uri(), "--json"), ExitCode.OK);
    assertThat(viaOption.json().get("sessions").size()).isZero();
  }

  @Test
  void aStoppedRedis_isStoreUnavailable() throws IOException {
    try (RedisTestServer doomed = RedisTestServer.start()) {
      CliHarness cli2 = new CliHarness(cli.db()).withRedis(doomed.uri(), "doomed:");
      expect(cli2.run("sessions", "list"), ExitCode.OK);
      doomed.stop();

      Result down = expect(cli2.run("sessions", "list", "--json"), ExitCode.STORE_UNAVAILABLE);

      assertThat(down.err()).startsWith("authdash: The session store is unavailable");
      assertThat(down.json().get("error").get("exitCode").asInt()).isEqualTo(6);
      expect(cli2.run("users", "list"), ExitCode.STORE_UNAVAILABLE);
    }
  }
}
