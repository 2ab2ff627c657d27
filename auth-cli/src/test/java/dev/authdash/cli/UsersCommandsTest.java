package dev.authdash.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.authdash.cli.CliHarness.Result;
import dev.authdash.core.model.Actor;
import dev.authdash.core.model.ClientInfo;
import dev.authdash.core.model.Password;
import dev.authdash.core.model.ResetToken;
import dev.authdash.core.model.Role;
import dev.authdash.core.port.in.CreateUserCommand;
import dev.authdash.core.port.in.LoginCommand;
import dev.authdash.core.port.in.ResetPasswordCommand;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every users command against a real SQLite file: output, JSON shape, exit codes, refusals. */
class UsersCommandsTest {
  static final String GOOD = "violet kettle orbit lantern";

  @TempDir Path dir;
  CliHarness cli;

  @BeforeEach
  void initialisedDatabase() {
    cli = new CliHarness(dir.resolve("data/auth.db"));
    expect(cli.run("init"), ExitCode.OK);
  }

  static Result expect(Result result, ExitCode code) {
    assertThat(result.exitCode()).as(result.toString()).isEqualTo(code.code());
    if (code != ExitCode.OK) {
      assertThat(result.err()).as(result.toString()).startsWith("authdash").endsWith("\n");
      assertThat(result.err().strip()).as("one line on stderr").doesNotContain("\n");
    }
    return result;
  }

  @Test
  void createWithPasswordFromStdin_storesAUserThatCanSignIn_andIsAuditedAsTheOsUser() {
    Result created = cli.runWithStdin(GOOD + "\n", "users", "create", "Alice", "--password-stdin");

    expect(created, ExitCode.OK);
    assertThat(created.out()).isEqualTo("Created user 'alice' (USER).\n");
    cli.asDashboard(
        core ->
            assertThat(
                    core.login()
                        .login(new LoginCommand("alice", Password.of(GOOD), ClientInfo.local()))
                        .user()
                        .role())
                .isEqualTo(Role.USER));
    JsonNode audit = expect(cli.run("audit", "--user", "alice", "--json"), ExitCode.OK).json();
    JsonNode creation = audit.get("events").get(audit.get("events").size() - 1);
    assertThat(creation.get("type").asText()).isEqualTo("USER_CREATED");
    assertThat(creation.get("actor").asText()).isEqualTo("cli:" + CliHarness.OS_USER);
    assertThat(creation.get("target").asText()).isEqualTo("alice");
  }

  @Test
  void createWithGeneratedPassword_printsItOnce_inJsonToo() {
    Result human = expect(cli.run("users", "create", "bob", "--generate-password"), ExitCode.OK);
    assertThat(human.out())
        .matches(
            "(?s)Created user 'bob' \\(USER\\)\\.\nGenerated password, shown"
                + " this once: [A-Za-z0-9]{20}\n");

    JsonNode json =
        expect(
                cli.run(
                    "users", "create", "carol", "--role", "admin", "--generate-password", "--json"),
                ExitCode.OK)
            .json();
    assertThat(json.get("generatedPassword").asText()).matches("[A-Za-z0-9]{20}");
    assertThat(json.get("user").get("role").asText()).isEqualTo("ADMIN");
    String password = json.get("generatedPassword").asText();
    cli.asDashboard(
        core ->
            assertThat(
                    core.login()
                        .login(new LoginCommand("carol", Password.of(password), ClientInfo.local()))
                        .user()
                        .username()
                        .value())
                .isEqualTo("carol"));
    JsonNode shown = expect(cli.run("users", "show", "carol", "--json"), ExitCode.OK).json();
    assertThat(shown.toString()).doesNotContain(password);
  }

  @Test
  void create_isRefused_forATakenName_aWeakPassword_aBadName_andWithoutExactlyOnePasswordSource() {
    expect(
        cli.runWithStdin(GOOD + "\n", "users", "create", "dave", "--password-stdin"), ExitCode.OK);

    Result taken = cli.runWithStdin(GOOD + "\n", "users", "create", "DAVE", "--password-stdin");
    expect(taken, ExitCode.CONFLICT);
    assertThat(taken.err()).isEqualTo("authdash: Username already exists.\n");

    Result weak = cli.runWithStdin("password1234\n", "users", "create", "erin", "--password-stdin");
    expect(weak, ExitCode.REFUSED);
    assertThat(weak.err()).contains("too common");

    Result bad = cli.runWithStdin(GOOD + "\n", "users", "create", "<b>", "--password-stdin");
    expect(bad, ExitCode.USAGE);
    assertThat(bad.err()).contains("Username must be 3 to 32 characters");

    expect(cli.run("users", "create", "erin"), ExitCode.USAGE);
    expect(
        cli.run("users", "create", "erin", "--password-stdin", "--generate-password"),
        ExitCode.USAGE);
    Result empty = expect(cli.run("users", "create", "erin", "--password-stdin"), ExitCode.USAGE);
    assertThat(empty.err()).contains("expects the password as one line on stdin");
    expect(cli.run("users", "create", "erin", "--password", GOOD), ExitCode.USAGE);
    expect(cli.run("users", "show", "erin"), ExitCode.NOT_FOUND);
  }

  @Test
  void setPassword_fromStdin_replacesTheOwnersPassword_auditedAsTheOsUser_andRefusesWeakOnes() {
    String fresh = "marble otter sings at noon"; // init generated the owner's (lost) password

    Result set =
        cli.runWithStdin(fresh + "\n", "users", "set-password", "admin", "--password-stdin");

    expect(set, ExitCode.OK);
    assertThat(set.out()).isEqualTo("Set the password of 'admin'; 0 session(s) signed out.\n");
    cli.asDashboard(
        core ->
            assertThat(
                    core.login()
                        .login(new LoginCommand("admin", Password.of(fresh), ClientInfo.local()))
                        .user()
                        .owner())
                .isTrue());
    JsonNode audit =
        expect(cli.run("audit", "--type", "PASSWORD_CHANGED", "--json"), ExitCode.OK).json();
    assertThat(audit.get("events").get(0).get("actor").asText())
        .isEqualTo("cli:" + CliHarness.OS_USER);
    Result weak =
        cli.runWithStdin("password1234\n", "users", "set-password", "admin", "--password-stdin");
    expect(weak, ExitCode.REFUSED);
    assertThat(weak.err()).contains("too common");
    expect(cli.run("users", "set-password", "admin"), ExitCode.USAGE);
    expect(
        cli.runWithStdin(fresh + "\n", "users", "set-password", "nobody", "--password-stdin"),
        ExitCode.NOT_FOUND);
  }

  @Test
  void list_isAnAlignedTable_andItsJsonHasTheDocumentedShape() {
    for (String name : List.of("zed", "amy", "bea")) {
      expect(cli.run("users", "create", name, "--generate-password"), ExitCode.OK);
    }

    Result table = expect(cli.run("users", "list"), ExitCode.OK);
    List<String> lines = table.out().lines().toList();
    assertThat(lines.get(0)).startsWith("USERNAME  ROLE   OWNER  SESSIONS  CREATED");
    assertThat(lines.subList(1, 5).stream().map(l -> l.split(" +")[0]))
        .containsExactly("admin", "amy", "bea", "zed");
    int roleColumn = lines.get(0).indexOf("ROLE");
    assertThat(lines.subList(1, 5))
        .allSatisfy(l -> assertThat(l.indexOf(' ')).isLessThan(roleColumn));
    assertThat(lines.subList(1, 5).stream().map(l -> l.substring(roleColumn, roleColumn + 5)))
        .containsExactly("ADMIN", "USER ", "USER ", "USER ");
    assertThat(lines.get(1)).contains(" yes ").contains(" never");
    assertThat(lines.get(5)).startsWith("Page 1 of 1 (4 users)").contains("dashboard's memory");

    JsonNode json = expect(cli.run("users", "list", "--json"), ExitCode.OK).json();
    assertThat(fieldNames(json))
        .containsExactly("users", "page", "pageSize", "total", "totalPages");
    assertThat(json.get("total").asLong()).isEqualTo(4);
    JsonNode admin = json.get("users").get(0);
    assertThat(fieldNames(admin))
        .containsExactly(
            "username", "id", "role", "owner", "createdAt", "lastLogin", "activeSessions");
    assertThat(admin.get("owner").asBoolean()).isTrue();
    assertThat(admin.get("lastLogin").isNull()).isTrue();
    assertThat(admin.get("activeSessions").isNull()).as("sessions out of reach").isTrue();
    assertThat(admin.get("createdAt").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
  }

  @Test
  void list_filtersBySearchAndRole_andPages() {
    for (String name : List.of("amy", "ben", "bea")) {
      expect(cli.run("users", "create", name, "--generate-password"), ExitCode.OK);
    }

    assertThat(names(cli.run("users", "list", "--search", "be", "--json")))
        .containsExactly("bea", "ben");
    assertThat(names(cli.run("users", "list", "--role", "admin", "--json")))
        .containsExactly("admin");
    JsonNode page2 =
        expect(cli.run("users", "list", "--page", "2", "--page-size", "3", "--json"), ExitCode.OK)
            .json();
    assertThat(page2.get("totalPages").asInt()).isEqualTo(2);
    assertThat(names(page2)).containsExactly("ben");
    expect(cli.run("users", "list", "--page", "0"), ExitCode.USAGE);
    expect(cli.run("users", "list", "--page-size", "101"), ExitCode.USAGE);
    expect(cli.run("users", "list", "--role", "root"), ExitCode.USAGE);
  }

  @Test
  void show_printsTheUser_orExitsNotFound() {
    Result shown = expect(cli.run("users", "show", "admin"), ExitCode.OK);
    assertThat(shown.out()).contains("role        ADMIN").contains("owner       yes");

    JsonNode json = expect(cli.run("users", "show", "ADMIN", "--json"), ExitCode.OK).json();
    assertThat(fieldNames(json)).containsExactly("user", "email", "twoFactor");
    assertThat(json.get("user").get("username").asText()).isEqualTo("admin");

    Result missing = expect(cli.run("users", "show", "nobody", "--json"), ExitCode.NOT_FOUND);
    assertThat(missing.err()).isEqualTo("authdash: No user named 'nobody'.\n");
    JsonNode error = missing.json().get("error");
    assertThat(error.get("kind").asText()).isEqualTo("not_found");
    assertThat(error.get("exitCode").asInt()).isEqualTo(3);
    assertThat(error.get("message").asText()).isEqualTo("No user named 'nobody'.");
  }

  @Test
  void promoteAndDemote_changeTheRole_andSayWhenNothingChanged() {
    expect(cli.run("users", "create", "fay", "--generate-password"), ExitCode.OK);

    assertThat(expect(cli.run("users", "promote", "fay"), ExitCode.OK).out())
        .isEqualTo("'fay' is now ADMIN.\n");
    JsonNode again = expect(cli.run("users", "promote", "fay", "--json"), ExitCode.OK).json();
    assertThat(again.get("changed").asBoolean()).isFalse();
    assertThat(again.get("user").get("role").asText()).isEqualTo("ADMIN");
    JsonNode demoted = expect(cli.run("users", "demote", "fay", "--json"), ExitCode.OK).json();
    assertThat(demoted.get("changed").asBoolean()).isTrue();
    assertThat(demoted.get("user").get("role").asText()).isEqualTo("USER");

    JsonNode audit =
        expect(cli.run("audit", "--type", "role-changed", "--json"), ExitCode.OK).json();
    assertThat(audit.get("total").asInt()).isEqualTo(2);
    assertThat(audit.get("events").get(0).get("detail").asText()).isEqualTo("ADMIN → USER");
    expect(cli.run("users", "promote", "nobody"), ExitCode.NOT_FOUND);
  }

  @Test
  void theOwner_cannotBeDemotedOrDeleted() {
    Result demote = expect(cli.run("users", "demote", "admin"), ExitCode.REFUSED);
    assertThat(demote.err()).isEqualTo("authdash: The owner account cannot be demoted.\n");
    Result delete = expect(cli.run("users", "delete", "admin", "--yes"), ExitCode.REFUSED);
    assertThat(delete.err()).isEqualTo("authdash: The owner account cannot be deleted.\n");
    assertThat(names(cli.run("users", "list", "--role", "admin", "--json")))
        .containsExactly("admin");
  }

  @Test
  void theLastAdmin_cannotBeDemotedOrDeleted_inADatabaseWithoutOwner(@TempDir Path other) {
    CliHarness ownerless = new CliHarness(other.resolve("auth.db"));
    ownerless.asDashboard(
        core ->
            core.createUser()
                .createUser(
                    new CreateUserCommand(
                        Actor.operator("seed"),
                        "gus",
                        Password.of(GOOD),
                        Role.ADMIN,
                        ClientInfo.local())));

    Result demote = expect(ownerless.run("users", "demote", "gus"), ExitCode.REFUSED);
    assertThat(demote.err()).isEqualTo("authdash: There must always be at least one admin.\n");
    expect(ownerless.run("users", "delete", "gus", "--yes"), ExitCode.REFUSED);
    expect(ownerless.run("users", "show", "gus"), ExitCode.OK);
  }

  @Test
  void delete_needsYes_thenDeletes() {
    expect(cli.run("users", "create", "hal", "--generate-password"), ExitCode.OK);

    Result unconfirmed = expect(cli.run("users", "delete", "hal"), ExitCode.USAGE);
    assertThat(unconfirmed.err()).contains("add --yes").contains("Nothing was changed");
    expect(cli.run("users", "show", "hal"), ExitCode.OK);

    JsonNode deleted =
        expect(cli.run("users", "delete", "HAL", "--yes", "--json"), ExitCode.OK).json();
    assertThat(deleted.get("deleted").get("username").asText()).isEqualTo("hal");
    expect(cli.run("users", "show", "hal"), ExitCode.NOT_FOUND);
    expect(cli.run("users", "delete", "hal", "--yes"), ExitCode.NOT_FOUND);
  }

  @Test
  void resetLink_isTheDashboardsSingleUseLink_keptInTheSharedDatabase() {
    expect(cli.run("users", "create", "bob", "--generate-password"), ExitCode.OK);

    Result human =
        expect(
            cli.run("users", "reset-link", "bob", "--base-url", "https://auth.example.com/"),
            ExitCode.OK);
    List<String> lines = human.out().lines().toList();
    assertThat(lines.get(0))
        .matches("Reset link for 'bob', single use, valid until \\S+Z \\(shown this once\\):");
    assertThat(lines.get(1))
        .matches("https://auth\\.example\\.com/reset-password\\?token=[A-Za-z0-9_-]{43}");
    ResetToken first = token(lines.get(1));

    JsonNode json =
        expect(
                cli.with("AUTH_PUBLIC_URL", "https://dash.example.org")
                    .run("users", "reset-link", "BOB", "--json"),
                ExitCode.OK)
            .json();
    assertThat(fieldNames(json.get("resetLink"))).containsExactly("username", "url", "expiresAt");
    String url = json.get("resetLink").get("url").asText();
    assertThat(url).startsWith("https://dash.example.org/reset-password?token=");
    ResetToken second = token(url);
    String newPassword = "amber lichen quartz harbor";
    cli.asDashboard(
        core -> {
          assertThat(core.resetPassword().checkResetLink(first))
              .as("voided by the newer")
              .isEmpty();
          core.resetPassword()
              .resetPassword(
                  new ResetPasswordCommand(second, Password.of(newPassword), ClientInfo.local()));
          core.login().login(new LoginCommand("bob", Password.of(newPassword), ClientInfo.local()));
          assertThat(core.resetPassword().checkResetLink(second)).as("used up").isEmpty();
        });
    JsonNode audit =
        expect(cli.run("audit", "--type", "reset-link-issued", "--json"), ExitCode.OK).json();
    assertThat(audit.get("total").asInt()).isEqualTo(2);
    assertThat(audit.get("events").get(0).get("actor").asText()).isEqualTo("cli:tester");
    assertThat(audit.toString()).doesNotContain(second.reveal());

    expect(cli.run("users", "reset-link", "nobody"), ExitCode.NOT_FOUND);
    expect(cli.run("users", "reset-link", "bob", "--base-url", "ftp://x"), ExitCode.USAGE);
  }

  static ResetToken token(String url) {
    return ResetToken.parse(url.substring(url.indexOf("token=") + "token=".length())).orElseThrow();
  }

  @Test
  void audit_filtersAndLimits_andHasTheDocumentedShape() {
    expect(cli.run("users", "create", "ivy", "--generate-password"), ExitCode.OK);
    expect(cli.run("users", "promote", "ivy"), ExitCode.OK);

    Result table = expect(cli.run("audit"), ExitCode.OK);
    assertThat(table.out().lines().findFirst().orElseThrow())
        .startsWith("AT                    TYPE          ACTOR");
    assertThat(table.out()).contains("3 of 3 matching events, newest first");

    JsonNode all = expect(cli.run("audit", "--json"), ExitCode.OK).json();
    assertThat(fieldNames(all)).containsExactly("events", "total", "limit");
    assertThat(fieldNames(all.get("events").get(0)))
        .containsExactly("at", "type", "actor", "target", "address", "detail");
    assertThat(types(all)).containsExactly("ROLE_CHANGED", "USER_CREATED", "USER_CREATED");

    assertThat(types(cli.run("audit", "--limit", "1", "--json"))).containsExactly("ROLE_CHANGED");
    assertThat(types(cli.run("audit", "--user", "admin", "--json")))
        .containsExactly("USER_CREATED");
    assertThat(types(cli.run("audit", "--since", "2200-01-01T00:00:00Z", "--json"))).isEmpty();
    expect(cli.run("audit", "--since", "yesterday"), ExitCode.USAGE);
    expect(cli.run("audit", "--type", "coffee"), ExitCode.USAGE);
    expect(cli.run("audit", "--limit", "0"), ExitCode.USAGE);
  }

  @Test
  void sessions_withTheMemoryStore_sayTheyAreOutOfReach() {
    Result list = expect(cli.run("sessions", "list"), ExitCode.SESSIONS_UNREACHABLE);
    assertThat(list.err())
        .contains("memory of the dashboard process")
        .contains("AUTH_SESSION_STORE=redis");
    expect(cli.run("sessions", "revoke", "admin"), ExitCode.SESSIONS_UNREACHABLE);
    JsonNode error =
        expect(
                cli.run("sessions", "revoke", "--all", "--yes", "--json"),
                ExitCode.SESSIONS_UNREACHABLE)
            .json();
    assertThat(error.get("error").get("kind").asText()).isEqualTo("sessions_unreachable");
  }

  static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  static List<String> names(Result result) {
    return names(expect(result, ExitCode.OK).json());
  }

  static List<String> names(JsonNode list) {
    List<String> names = new ArrayList<>();
    list.get("users").forEach(u -> names.add(u.get("username").asText()));
    return names;
  }

  static List<String> types(Result result) {
    return types(expect(result, ExitCode.OK).json());
  }

  static List<String> types(JsonNode audit) {
    List<String> types = new ArrayList<>();
    audit.get("events").forEach(e -> types.add(e.get("type").asText()));
    return types;
  }
}
