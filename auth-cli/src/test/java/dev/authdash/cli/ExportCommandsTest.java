package dev.authdash.cli;

import static dev.authdash.cli.UsersCommandsTest.GOOD;
import static dev.authdash.cli.UsersCommandsTest.expect;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.authdash.core.export.ExportColumns;
import dev.authdash.core.testing.CsvReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code authdash users export} and {@code authdash audit export} on a real SQLite file: the same
 * CSV and JSON as the dashboard's downloads, read back with a strict RFC 4180 reader and Jackson.
 */
class ExportCommandsTest {
  private static final String TRICKY = "=HYPERLINK(\"http://evil\",\"a,b\")\r\nsecond line";
  private static final Instant AT = Instant.parse("2026-02-03T04:05:06.789012Z");

  @TempDir Path dir;
  CliHarness cli;

  @BeforeEach
  void users() {
    cli = new CliHarness(dir.resolve("auth.db"));
    expect(cli.runWithStdin(GOOD + "\n", "init", "--admin-password-stdin"), ExitCode.OK);
    for (String name : List.of("alice", "malice", "bob")) {
      expect(
          cli.runWithStdin(GOOD + "\n", "users", "create", name, "--password-stdin"), ExitCode.OK);
    }
    expect(cli.run("users", "promote", "malice"), ExitCode.OK);
  }

  /** Audit rows written straight into the file, as another dashboard would have. */
  private void seedAudit(String type, String actor, String target, String detail, Instant at)
      throws SQLException {
    try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + cli.db());
        PreparedStatement insert =
            db.prepareStatement(
                "INSERT INTO audit_events (at, type, actor, target, address, detail)"
                    + " VALUES (?, ?, ?, ?, ?, ?)")) {
      insert.setLong(1, at.getEpochSecond() * 1_000_000 + at.getNano() / 1000);
      insert.setString(2, type);
      insert.setString(3, actor);
      insert.setString(4, target);
      insert.setString(5, "192.0.2.5");
      insert.setString(6, detail);
      insert.executeUpdate();
    }
  }

  @Test
  void usersExport_writesTheFilteredUsersAsCsvToStdout_withNoHash() {
    CliHarness.Result result =
        expect(cli.run("users", "export", "--search", "LICE", "--role", "admin"), ExitCode.OK);

    List<List<String>> rows = CsvReader.read(result.out());
    assertThat(rows.get(0))
        .isEqualTo(ExportColumns.USERS.stream().map(ExportColumns.Column::name).toList());
    assertThat(rows.subList(1, rows.size()))
        .extracting(r -> r.get(0) + " " + r.get(1))
        .containsExactly("malice ADMIN");
    assertThat(result.out()).doesNotContain("argon2");

    JsonNode audited =
        expect(cli.run("audit", "--type", "users_exported", "--json"), ExitCode.OK).json();
    assertThat(audited.get("events").get(0).get("actor").asText()).isEqualTo("cli:tester");
    assertThat(audited.get("events").get(0).get("detail").asText())
        .isEqualTo("CSV of users: search \"lice\", role ADMIN");
  }

  @Test
  void usersExport_asJsonToAFile_saysHowMany_andLeavesNoPartFile() throws IOException {
    Path file = dir.resolve("users.json");

    CliHarness.Result result =
        expect(cli.run("users", "export", "--format", "json", "-o", file.toString()), ExitCode.OK);

    assertThat(result.out()).isEqualTo("Exported 4 users to " + file + " (JSON).\n");
    JsonNode users = new ObjectMapper().readTree(file.toFile());
    assertThat(users).hasSize(4);
    assertThat(users.get(0).get("username").asText()).isEqualTo("admin");
    assertThat(users.get(0).get("owner").asBoolean()).isTrue();
    assertThat(users.get(3).get("username").asText()).isEqualTo("malice");
    assertThat(users.get(3).get("lastLoginAt").isNull()).isTrue();
    assertThat(Files.readString(file)).doesNotContain("argon2", "passwordHash");
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
    }
  }

  @Test
  void auditExport_readsBack_withFormulaEscapedAndQuotedCells_underTheAuditFilters()
      throws SQLException {
    seedAudit("ROLE_CHANGED", "@boss", "bob", TRICKY, AT);
    seedAudit("LOGIN_FAILED", "bob", "", "plain, with a comma", AT.minusSeconds(5));
    seedAudit("LOGIN_FAILED", "carol", "", "not about bob", AT.plusSeconds(5));

    CliHarness.Result all =
        expect(cli.run("audit", "export", "--user", "bob", "--since", "2026-02-01"), ExitCode.OK);
    List<List<String>> rows = CsvReader.read(all.out());

    assertThat(rows.get(0)).containsExactly("at", "type", "actor", "target", "address", "detail");
    assertThat(rows.get(1).subList(1, 4))
        .as("the export itself, about bob, is the newest event")
        .containsExactly("AUDIT_EXPORTED", "cli:tester", "bob");
    assertThat(rows.get(2).subList(1, 4)).containsExactly("USER_CREATED", "cli:tester", "bob");
    assertThat(rows.get(3))
        .containsExactly(
            "2026-02-03T04:05:06.789012Z",
            "ROLE_CHANGED",
            "'@boss",
            "bob",
            "192.0.2.5",
            "'" + TRICKY);
    assertThat(rows.get(4))
        .containsExactly(
            "2026-02-03T04:05:01.789012Z",
            "LOGIN_FAILED",
            "bob",
            "",
            "192.0.2.5",
            "plain, with a comma");
    assertThat(rows).hasSize(5);
  }

  @Test
  void auditExport_withJson_isAnArrayOfTheKind() throws Exception {
    seedAudit("ROLE_CHANGED", "@boss", "bob", TRICKY, AT);
    seedAudit("LOGIN_FAILED", "bob", "", "x", AT.minusSeconds(5));

    CliHarness.Result result =
        expect(cli.run("audit", "export", "--type", "ROLE_CHANGED", "--json"), ExitCode.OK);

    JsonNode events = new ObjectMapper().readTree(result.out());
    assertThat(events).hasSize(2);
    assertThat(events.get(0).get("target").asText()).as("promoted in setUp").isEqualTo("malice");
    assertThat(events.get(1).get("detail").asText()).isEqualTo(TRICKY);
    assertThat(events.get(1).get("at").asText()).isEqualTo("2026-02-03T04:05:06.789012Z");
  }

  @Test
  void anUnknownFormat_isAUsageError_andWritesNoFile() {
    Path file = dir.resolve("out.xml");

    CliHarness.Result result =
        expect(
            cli.run("audit", "export", "--format", "xml", "--output", file.toString()),
            ExitCode.USAGE);

    assertThat(result.err()).contains("use csv or json");
    assertThat(result.out()).isEmpty();
    assertThat(file).doesNotExist();
    assertThat(cli.run("audit").out()).doesNotContain("AUDIT_EXPORTED");
  }
}
