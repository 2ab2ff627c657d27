package dev.authdash.cli;

import static dev.authdash.cli.UsersCommandsTest.expect;
import static org.assertj.core.api.Assertions.assertThat;

import dev.authdash.cli.CliHarness.Result;
import dev.authdash.core.secrets.SecretBox;
import dev.authdash.persistence.postgres.PostgresServer;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code authdash db copy} from a SQLite file into a fresh PostgreSQL database, and the CLI on that
 * database through {@code AUTH_DB_URL}.
 */
class DbCopyTest {
  @TempDir Path dir;
  private String database;

  @BeforeEach
  void aFreshTarget() {
    database = PostgresServer.createDatabase();
  }

  @AfterEach
  void dropTheTarget() {
    PostgresServer.dropDatabase(database);
  }

  private String url() {
    return "postgresql://" + PostgresServer.USER + "@" + PostgresServer.ADDRESS + "/" + database;
  }

  @Test
  void copy_movesTheUsersWithAProgressBar_refusesToCopyTwice_andTheCliThenWorksOnPostgres() {
    CliHarness sqlite = new CliHarness(dir.resolve("auth.db"));
    expect(sqlite.run("init"), ExitCode.OK);
    expect(
        sqlite.runWithStdin(
            UsersCommandsTest.GOOD + "\n", "users", "create", "alice", "--password-stdin"),
        ExitCode.OK);

    Result copy = expect(sqlite.run("db", "copy", "--to", url()), ExitCode.OK);

    assertThat(copy.out())
        .contains("Users: 2 in the source, 2 copied now")
        .contains("Counts checked: they match.")
        .doesNotContain(PostgresServer.USER + ":");
    assertThat(copy.err()).contains("users", "[##############################] 100%");

    Result again = expect(sqlite.run("db", "copy", "--to", url()), ExitCode.CONFLICT);
    assertThat(again.err()).contains("already has 2 users", "--merge", "Nothing was copied");
    Result merged = expect(sqlite.run("db", "copy", "--to", url(), "--merge"), ExitCode.OK);
    assertThat(merged.out()).contains("0 copied now, 2 already there or skipped");

    CliHarness postgres =
        new CliHarness(dir.resolve("absent.db"))
            .with("AUTH_DB_URL", url())
            .with("AUTH_SECRET_KEY", SecretBox.generateKey());
    assertThat(expect(postgres.run("users", "list"), ExitCode.OK).out()).contains("alice", "admin");
  }

  @Test
  void aTargetThatIsNotPostgres_isAUsageError() {
    CliHarness sqlite = new CliHarness(dir.resolve("auth.db"));
    expect(sqlite.run("init"), ExitCode.OK);

    Result wrong = expect(sqlite.run("db", "copy", "--to", "mysql://h/db"), ExitCode.USAGE);

    assertThat(wrong.err()).contains("postgresql://");
  }
}
