package dev.authdash.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.authdash.core.model.AuditEvent;
import dev.authdash.core.model.AuditEventType;
import dev.authdash.core.model.Role;
import dev.authdash.core.port.out.AuditLog;
import dev.authdash.core.testing.CsvReader;
import dev.authdash.core.testing.MutableClock;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The export downloads over HTTP: headers, filters, what a CSV or JSON reader gets back, who may
 * download, the audit of each download, and {@code /admin/users/export} beside a user named export.
 */
@MicronautTest(transactional = false)
class ExportIT {
  private static final String TRICKY = "=HYPERLINK(\"http://evil\",\"a,b\")\r\nsecond line";

  @Inject Dashboard app;
  @Inject AuditLog auditLog;
  @Inject MutableClock clock;

  /** The latest export recorded (the seeded events may be newer than the test's clock). */
  private AuditEvent lastExport(AuditEventType type) {
    return app.latest(type, 1).get(0);
  }

  /** A second of yesterday by the test's clock, with microseconds. */
  private Instant yesterday() {
    return clock
        .instant()
        .truncatedTo(ChronoUnit.SECONDS)
        .minus(Duration.ofDays(1))
        .plusNanos(123_456_000);
  }

  @Test
  void theUsersCsv_isEveryMatchOfTheSearchAndRole_asAnAttachment_withNoHash() {
    String prefix = Accounts.unique("csvexp");
    for (int i = 0; i < 45; i++) {
      Accounts.add(app.users, prefix + "u" + i, i % 2 == 0 ? Role.ADMIN : Role.USER);
    }
    app.admin("other");

    Browser.Page page =
        app.owner().get("/admin/users/export?format=csv&q=" + prefix.toUpperCase() + "&role=admin");

    assertThat(page.status()).isEqualTo(200);
    assertThat(page.header("content-type"))
        .hasValueSatisfying(
            t -> assertThat(t).startsWith("text/csv").containsIgnoringCase("charset=utf-8"));
    assertThat(page.header("content-disposition"))
        .hasValueSatisfying(
            d -> assertThat(d).matches("attachment; filename=\"users-\\d{8}T\\d{6}Z\\.csv\".*"));
    assertThat(page.header("cache-control")).contains("no-store");
    List<List<String>> rows = CsvReader.read(page.body());
    assertThat(rows.get(0)).startsWith("username", "role", "owner", "createdAt");
    List<String> names = rows.subList(1, rows.size()).stream().map(r -> r.get(0)).toList();
    assertThat(names).hasSize(23).isSorted().allMatch(n -> n.startsWith(prefix));
    assertThat(rows.subList(1, rows.size())).allMatch(r -> r.get(1).equals("ADMIN"));
    assertThat(rows.get(1).get(3)).isEqualTo("2026-01-01T09:00:00Z");
    assertThat(page.body()).doesNotContain("argon2");

    AuditEvent recorded = lastExport(AuditEventType.USERS_EXPORTED);
    assertThat(recorded.actor()).isEqualTo(Accounts.OWNER);
    assertThat(recorded.detail()).isEqualTo("CSV of users: search \"" + prefix + "\", role ADMIN");
  }

  @Test
  void theAuditCsv_readsBack_withFormulaEscapedAndQuotedCells_newestFirst() {
    String who = Accounts.unique("audcsv");
    Instant t = yesterday();
    auditLog.append(
        new AuditEvent(t, AuditEventType.LOGIN_FAILED, who, "", "192.0.2.7", "plain, with comma"));
    auditLog.append(
        new AuditEvent(t.plusSeconds(1), AuditEventType.ROLE_CHANGED, "@boss", who, "", TRICKY));
    auditLog.append(
        new AuditEvent(t.plusSeconds(2), AuditEventType.LOGIN_FAILED, "x", "y", "", "other"));

    Browser.Page page = app.owner().get("/admin/audit/export?format=csv&user=" + who);

    assertThat(page.status()).isEqualTo(200);
    assertThat(page.header("content-disposition"))
        .hasValueSatisfying(d -> assertThat(d).contains("filename=\"audit-").contains(".csv\""));
    List<List<String>> rows = CsvReader.read(page.body());
    assertThat(rows.get(0)).containsExactly("at", "type", "actor", "target", "address", "detail");
    assertThat(rows.get(1).subList(1, 5))
        .as("the export's own event comes first: it is about the filtered user")
        .containsExactly("AUDIT_EXPORTED", Accounts.OWNER, who, "127.0.0.1");
    assertThat(rows.get(1).get(5)).isEqualTo("CSV of audit events: user " + who);
    assertThat(rows.get(2))
        .containsExactly(
            t.plusSeconds(1).toString(), "ROLE_CHANGED", "'@boss", who, "", "'" + TRICKY);
    assertThat(rows.get(3))
        .containsExactly(t.toString(), "LOGIN_FAILED", who, "", "192.0.2.7", "plain, with comma");
    assertThat(rows).hasSize(4);
  }

  @Test
  void theAuditJson_isAnArrayOfTheFilteredKind_withIsoUtcTimes() throws Exception {
    String who = Accounts.unique("audjson");
    Instant t = yesterday();
    for (int i = 0; i < 30; i++) {
      auditLog.append(
          new AuditEvent(
              t.plusSeconds(i),
              i % 3 == 0 ? AuditEventType.LOCKED : AuditEventType.LOGIN_FAILED,
              who,
              "",
              "192.0.2.8",
              i == 27 ? TRICKY : "n" + i));
    }

    Browser.Page page =
        app.owner().get("/admin/audit/export?format=json&user=" + who + "&type=locked");

    assertThat(page.status()).isEqualTo(200);
    assertThat(page.header("content-type"))
        .hasValueSatisfying(t2 -> assertThat(t2).startsWith("application/json"));
    assertThat(page.header("content-disposition"))
        .hasValueSatisfying(d -> assertThat(d).contains(".json\""));
    JsonNode array = new ObjectMapper().readTree(page.body());
    assertThat(array).hasSize(10);
    assertThat(array.get(0).get("at").asText()).isEqualTo(t.plusSeconds(27).toString());
    assertThat(array.get(0).get("detail").asText()).isEqualTo(TRICKY);
    assertThat(array.get(9).get("at").asText()).isEqualTo(t.toString());
    for (JsonNode event : array) {
      assertThat(event.get("type").asText()).isEqualTo("LOCKED");
    }
    AuditEvent recorded = lastExport(AuditEventType.AUDIT_EXPORTED);
    assertThat(recorded.detail()).isEqualTo("JSON of audit events: user " + who + ", kind LOCKED");
  }

  @Test
  void aUserGets403_andSomeoneSignedOutIsSentToSignIn_onBothExports() {
    String name = app.user("noexport");
    Browser user = app.signedIn(name);
    Browser anonymous = app.visitor();

    for (String path :
        List.of("/admin/users/export?format=csv", "/admin/audit/export?format=json")) {
      Browser.Page refused = user.get(path);
      assertThat(refused.status()).as(path).isEqualTo(403);
      assertThat(refused.body()).doesNotContain("username,role");
      Browser.Page redirected = anonymous.get(path);
      assertThat(redirected.status()).as(path).isEqualTo(303);
      assertThat(redirected.location()).as(path).isEqualTo("/");
    }
    assertThat(app.latest(AuditEventType.USERS_EXPORTED, 50))
        .noneMatch(e -> e.actor().equals(name));
  }

  @Test
  void anUnknownFormat_isA400Page_notADownload() {
    Browser admin = app.owner();

    for (String path :
        List.of(
            "/admin/users/export?format=xml",
            "/admin/audit/export?format=",
            "/admin/audit/export")) {
      Browser.Page page = admin.get(path);
      assertThat(page.status()).as(path).isEqualTo(400);
      assertThat(page.header("content-disposition")).as(path).isEmpty();
      assertThat(page.body()).as(path).contains("use csv or json");
    }
  }

  // "export" is a valid username: the literal route wins, and hands a request without a format
  // to the user's page; the user's acts (two path segments) never collide.
  @Test
  void aUserNamedExport_keepsTheirPageAndActs_besideTheExport() {
    if (!app.exists("export")) {
      Accounts.add(app.users, "export", Role.USER);
    }
    Browser admin = app.owner();

    Browser.Page userPage = admin.get("/admin/users/export");
    assertThat(userPage.status()).isEqualTo(200);
    assertThat(userPage.header("content-disposition")).isEmpty();
    assertThat(userPage.body()).contains("<h1").contains(">export<");

    Browser.Page download = admin.get("/admin/users/export?format=json&q=export");
    assertThat(download.header("content-disposition")).isPresent();
    assertThat(download.body()).contains("\"username\":\"export\"");

    Browser.Page promoted =
        admin.submit("/admin/users/export", "/admin/users/export/promote", Map.of());
    assertThat(promoted.status()).isEqualTo(303);
    assertThat(app.stored("export").role()).isEqualTo(Role.ADMIN);
  }
}
