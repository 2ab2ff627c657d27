package dev.authdash.cli;

import static dev.authdash.cli.UsersCommandsTest.GOOD;
import static dev.authdash.cli.UsersCommandsTest.expect;
import static dev.authdash.cli.UsersCommandsTest.fieldNames;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.authdash.cli.CliHarness.Result;
import dev.authdash.core.model.ClientInfo;
import dev.authdash.core.model.Password;
import dev.authdash.core.port.in.LoginCommand;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** init, the store options, store outages, and the global options (help, version, completion). */
class InitAndGlobalTest {
  @TempDir Path dir;

  @Test
  void init_createsTheDatabaseAndTheOwner_printingTheGeneratedPasswordOnce() {
    CliHarness cli = new CliHarness(dir.resolve("nested/dir/auth.db"));

    Result init = expect(cli.run("init"), ExitCode.OK);

    assertThat(Files.isRegularFile(cli.db())).isTrue();
    assertThat(init.out())
        .matches(
            "(?s)Created the database at .*auth.db\nand the owner 'admin' .*\nIts password, shown"
                + " this once: [A-Za-z0-9]{20}\n");
    String password = init.out().replaceAll("(?s).*shown this once: ", "").strip();
    cli.asDashboard(
        core ->
            assertThat(
                    core.login()
                        .login(new LoginCommand("admin", Password.of(password), ClientInfo.local()))
                        .user()
                        .owner())
                .isTrue());

    assertThat(expect(cli.run("audit", "--json"), ExitCode.OK).out())
        .contains("\"type\":\"USER_CREATED\"")
        .containsPattern("\"actor\":\"cli:[^\"]+\"")
        .doesNotContain("\"actor\":\"system\"");

    Result again = expect(cli.run("init"), ExitCode.CONFLICT);
    assertThat(again.err()).contains("already has users; init changed nothing");
    assertThat(again.out()).isEmpty();
  }

  @Test
  void init_withThePasswordFromStdin_refusesAWeakOne_andUsesAGoodOne() {
    CliHarness cli = new CliHarness(dir.resolve("auth.db"));

    Result weak =
        expect(cli.runWithStdin("admin123\n", "init", "--admin-password-stdin"), ExitCode.REFUSED);
    assertThat(weak.err()).contains("Password");

    JsonNode json =
        expect(
                cli.runWithStdin(GOOD + "\r\n", "init", "--admin-password-stdin", "--json"),
                ExitCode.OK)
            .json();
    assertThat(fieldNames(json)).containsExactly("database", "user", "generatedPassword");
    assertThat(json.get("database").asText()).isEqualTo(cli.db().toAbsolutePath().toString());
    assertThat(json.get("generatedPassword").isNull()).isTrue();
    assertThat(json.get("user").get("owner").asBoolean()).isTrue();
    cli.asDashboard(
        core ->
            core.login().login(new LoginCommand("admin", Password.of(GOOD), ClientInfo.local())));
  }

  @Test
  void aMissingDatabase_isRefusedAsUnavailable_insteadOfCreatingAnEmptyOne() {
    CliHarness cli = new CliHarness(dir.resolve("nowhere.db"));

    Result list = expect(cli.run("users", "list", "--json"), ExitCode.STORE_UNAVAILABLE);

    assertThat(list.err()).contains("No database at").contains("authdash init");
    assertThat(list.json().get("error").get("kind").asText()).isEqualTo("store_unavailable");
    assertThat(Files.exists(dir.resolve("nowhere.db"))).isFalse();
  }

  @Test
  void anUnwritablePath_orAFileThatIsNoDatabase_isStoreUnavailable() throws IOException {
    Path aFile = Files.writeString(dir.resolve("plain.txt"), "not a directory");
    Result unwritable =
        expect(new CliHarness(aFile.resolve("auth.db")).run("init"), ExitCode.STORE_UNAVAILABLE);
    assertThat(unwritable.err()).contains("Cannot create the directory");

    Path garbage = Files.writeString(dir.resolve("garbage.db"), "this is not SQLite ".repeat(100));
    Result corrupt =
        expect(new CliHarness(garbage).run("users", "list"), ExitCode.STORE_UNAVAILABLE);
    assertThat(corrupt.err()).startsWith("authdash: The user database is unavailable");
  }

  @Test
  void theDbOption_winsOverAuthDbPath() {
    CliHarness cli = new CliHarness(dir.resolve("env.db"));
    Path option = dir.resolve("option.db");

    expect(cli.run("--db", option.toString(), "init"), ExitCode.OK);
    expect(cli.run("users", "list", "--db", option.toString()), ExitCode.OK);

    assertThat(Files.exists(option)).isTrue();
    assertThat(Files.exists(dir.resolve("env.db"))).isFalse();
    expect(cli.run("users", "list"), ExitCode.STORE_UNAVAILABLE);
  }

  @Test
  void redisWithoutAnAddress_orAnUnknownSessionStore_isAUsageError() {
    CliHarness cli = new CliHarness(dir.resolve("auth.db")).with("AUTH_SESSION_STORE", "redis");
    assertThat(expect(cli.run("init"), ExitCode.USAGE).err()).contains("REDIS_URI");
    CliHarness odd = new CliHarness(dir.resolve("auth.db")).with("AUTH_SESSION_STORE", "memcached");
    assertThat(expect(odd.run("init"), ExitCode.USAGE).err()).contains("'memory' or 'redis'");
    CliHarness noScheme = new CliHarness(dir.resolve("auth.db"));
    assertThat(expect(noScheme.run("users", "list", "--redis", "localhost"), ExitCode.USAGE).err())
        .contains("redis://host:6379");
  }

  @Test
  void passwordPolicySettings_areTheDashboards() {
    CliHarness cli = new CliHarness(dir.resolve("auth.db")).with("AUTH_PASSWORD_MIN_LENGTH", "30");
    expect(cli.run("init"), ExitCode.OK);

    Result tooShort = cli.runWithStdin(GOOD + "\n", "users", "create", "jan", "--password-stdin");

    expect(tooShort, ExitCode.REFUSED);
    assertThat(tooShort.err()).contains("30");
  }

  @Test
  void help_listsTheExitCodes_onEveryCommand() {
    CliHarness cli = new CliHarness(dir.resolve("auth.db"));
    for (String[] args :
        new String[][] {
          {"--help"},
          {"users", "--help"},
          {"users", "delete", "--help"},
          {"sessions", "revoke", "--help"}
        }) {
      Result help = expect(cli.run(args), ExitCode.OK);
      assertThat(help.out()).contains("Exit codes:");
      for (ExitCode code : ExitCode.values()) {
        assertThat(help.out()).contains(code.code() + "   " + code.meaning());
      }
    }
    assertThat(cli.run("--help").out()).contains("AUTH_DB_PATH").contains("cli:<OS user>");
  }

  @Test
  void version_andTheCompletionScript() {
    CliHarness cli = new CliHarness(dir.resolve("auth.db"));

    assertThat(expect(cli.run("--version"), ExitCode.OK).out()).startsWith("authdash 0.1.0");
    Result completion = expect(cli.run("completion"), ExitCode.OK);
    assertThat(completion.out())
        .contains("complete -F _complete_authdash")
        .contains("users sessions locks mail audit init db completion")
        .contains("--password-stdin");
  }

  @Test
  void usageErrors_areOneLine_withExitCode2() {
    CliHarness cli = new CliHarness(dir.resolve("auth.db"));

    Result none = expect(cli.run(), ExitCode.USAGE);
    assertThat(none.err())
        .isEqualTo("authdash: Missing required subcommand (see 'authdash --help')\n");
    Result unknown = expect(cli.run("users", "frobnicate", "--json"), ExitCode.USAGE);
    assertThat(unknown.err()).contains("frobnicate").contains("authdash users --help");
    assertThat(unknown.json().get("error").get("exitCode").asInt()).isEqualTo(2);
    expect(cli.run("audit", "--limit", "many"), ExitCode.USAGE);
  }

  @Test
  void audit_since_takesDatesInstantsAndAges_andExplainsWhatItTakes() {
    CliHarness cli = new CliHarness(dir.resolve("auth.db"));
    expect(cli.runWithStdin(GOOD + "\n", "init", "--admin-password-stdin"), ExitCode.OK);

    assertThat(
            expect(cli.run("audit", "--since", "2000-01-01", "--json"), ExitCode.OK)
                .json()
                .get("total")
                .asInt())
        .isEqualTo(1);
    assertThat(
            expect(cli.run("audit", "--since", "7d", "--json"), ExitCode.OK)
                .json()
                .get("total")
                .asInt())
        .isEqualTo(1);
    assertThat(
            expect(cli.run("audit", "--since", "2999-01-01T00:00:00Z", "--json"), ExitCode.OK)
                .json()
                .get("total")
                .asInt())
        .isZero();

    Result yesterday = expect(cli.run("audit", "--since", "yesterday"), ExitCode.USAGE);
    assertThat(yesterday.err())
        .contains("--since takes a date (2026-01-01)", "7d", "'yesterday'")
        .doesNotContain("java.", "Exception");
    Result tooMany = expect(cli.run("audit", "--limit", "500"), ExitCode.USAGE);
    assertThat(tooMany.err()).isEqualTo("authdash: --limit must be from 1 to 100, not 500.\n");
    assertThat(cli.run("audit", "--help").out()).contains("7d", "2026-01-01");
  }
}
