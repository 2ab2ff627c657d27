package dev.authdash.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.authdash.core.model.AuditEvent;
import dev.authdash.core.model.AuditEventType;
import dev.authdash.core.port.out.AuditLog;
import dev.authdash.core.testing.MutableClock;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The admin's overview at /admin: figures, charts as SVG, and the tables beside them (UTC). */
@MicronautTest(transactional = false)
class AdminOverviewIT {
  @Inject Dashboard app;
  @Inject AuditLog auditLog;
  @Inject MutableClock clock; // 2026-01-15T10:00:00Z

  private void seed(String at, AuditEventType type, int times) {
    for (int i = 0; i < times; i++) {
      auditLog.append(new AuditEvent(Instant.parse(at), type, "x", "", "192.0.2.1", ""));
    }
  }

  /** The counts in the table row of an hour or day: succeeded, failed, lockouts, new accounts. */
  private static String row(String body, String when) {
    Matcher m =
        Pattern.compile(
                "<th scope=\"row\" class=\"fw-normal\">"
                    + Pattern.quote(when)
                    + "</th>\\s*<td[^>]*>(\\d+)</td>\\s*<td[^>]*>(\\d+)</td>"
                    + "\\s*<td[^>]*>(\\d+)</td>\\s*<td[^>]*>(\\d+)</td>")
            .matcher(body);
    assertThat(m.find()).as("a row for " + when).isTrue();
    return m.group(1) + " " + m.group(2) + " " + m.group(3) + " " + m.group(4);
  }

  @Test
  void theOverview_countsTheSeededLogPerUtcHourAndDay_andDrawsBothCharts() {
    seed("2026-01-15T07:10:00Z", AuditEventType.LOGIN_FAILED, 5);
    seed("2026-01-15T07:10:01Z", AuditEventType.LOCKED, 1);
    seed("2026-01-15T07:59:59.999Z", AuditEventType.LOGIN_SUCCEEDED, 2);
    seed("2026-01-14T11:00:00Z", AuditEventType.LOGIN_SUCCEEDED, 3);
    seed("2026-01-14T10:59:59.999Z", AuditEventType.LOGIN_FAILED, 4);
    seed("2026-01-02T23:59:59Z", AuditEventType.REGISTERED, 2);
    Browser admin = app.owner();

    Browser.Page page = admin.get("/admin");

    assertThat(page.status()).isEqualTo(200);
    String body = page.body();
    assertThat(row(body, "Jan 15, 07:00")).isEqualTo("2 5 1 0");
    assertThat(row(body, "Jan 14, 11:00")).isEqualTo("3 0 0 0");
    assertThat(body).doesNotContain(">Jan 14, 10:00<"); // 25 hours ago: outside the 24
    assertThat(row(body, "Wed Jan 14")).isEqualTo("3 4 0 0");
    assertThat(row(body, "Fri Jan 2")).isEqualTo("0 0 0 2");
    // Today: the seeded failures and lockout (sign-ins also count the owner's, of every test).
    assertThat(row(body, "Thu Jan 15")).matches("\\d+ 5 1 \\d+");
    assertThat(body)
        .contains("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"activity-chart\"")
        .contains("Sign-ins per hour, last 24 hours, UTC")
        .contains("Sign-ins per day, last 30 days, UTC")
        .doesNotContain("<script>");
    assertThat(page.header("Content-Security-Policy").orElseThrow())
        .startsWith("default-src 'self';");
  }

  @Test
  void theFigures_showAccountsByRole_andLiveSessions() {
    app.user("ovw");
    Browser admin = app.owner();

    String body = admin.get("/admin").body();

    long total = app.users.count();
    assertThat(body).contains("id=\"figure-users\">" + total + "<");
    Matcher sessions = Pattern.compile("id=\"figure-sessions\">(\\d+)<").matcher(body);
    assertThat(sessions.find()).isTrue();
    assertThat(Long.parseLong(sessions.group(1))).isPositive();
  }

  @Test
  void aUser_isRefusedTheOverview() {
    String name = app.user("nosy");
    Browser user = app.signedIn(name);

    assertThat(user.get("/admin").status()).isEqualTo(403);
  }

  @Test
  void theDashboardsAdminLink_leadsToTheOverview() {
    Browser admin = app.owner();

    assertThat(admin.get("/dashboard").body())
        .contains("href=\"/admin\" class=\"btn btn-warning\"");
  }

  private Browser.Page signIn(String name) {
    return app.visitor()
        .submit("/", "/login", Map.of("username", name, "password", Accounts.PASSWORD));
  }

  /** Five wrong passwords for the name from this test's address: the fifth locks it. */
  private void lockByGuessing(String name) {
    Browser guesser = app.visitor();
    for (int i = 0; i < 5; i++) {
      guesser.submit(
          "/", "/login", Map.of("username", name, "password", "not the password at all"));
    }
  }

  @Test
  void aRealLock_isListed_andTheUnlockLiftsIt_audited() {
    String name = app.user("locked");
    lockByGuessing(name);
    assertThat(signIn(name).location()).as("locked: the right password is refused").isEqualTo("/");
    Browser admin = app.owner();

    String body = admin.get("/admin").body();
    assertThat(body).contains("data-lock=\"" + name + "\"");
    Matcher row =
        Pattern.compile(
                "data-lock=\""
                    + Pattern.quote(name)
                    + "\">.*?<td data-label=\"Failures \\(24 h\\)\"[^>]*>(\\d+)</td>"
                    + "\\s*<td data-label=\"Last address\">([^<]*)</td>",
                Pattern.DOTALL)
            .matcher(body);
    assertThat(row.find()).isTrue();
    assertThat(row.group(1))
        .as("five wrong passwords (refusals while locked are counted apart)")
        .isEqualTo("5");
    assertThat(row.group(2)).isEqualTo("127.0.0.1");

    Browser.Page cleared = admin.submit("/admin", "/admin/locks/" + name + "/clear", Map.of());

    assertThat(cleared.status()).isEqualTo(303);
    assertThat(cleared.location()).isEqualTo("/admin#locked");
    Browser.Page after = admin.get("/admin");
    assertThat(after.alerts())
        .containsExactly("The lock on " + name + " is lifted; they can sign in again.");
    assertThat(after.body()).doesNotContain("data-lock=\"" + name + "\"");
    assertThat(signIn(name).location()).isEqualTo("/dashboard");
    assertThat(app.eventsAbout(name, AuditEventType.LOCK_CLEARED))
        .singleElement()
        .satisfies(e -> assertThat(e.actor()).isEqualTo(Accounts.OWNER));
    admin.submit("/admin", "/admin/locks/" + name + "/clear", Map.of());
    assertThat(admin.get("/admin").alerts()).containsExactly(name + " was not locked.");
  }

  @Test
  void theUnlock_needsAnAdmin_andTheFormsToken() {
    String name = app.user("stillLocked".toLowerCase(java.util.Locale.ROOT));
    lockByGuessing(name);
    String user = app.user("meddler");
    Browser someone = app.signedIn(user);
    Browser admin = app.owner();

    assertThat(
            someone
                .post(
                    "/admin/locks/" + name + "/clear",
                    Map.of("csrfToken", someone.get("/dashboard").csrfToken()))
                .status())
        .isEqualTo(403);
    assertThat(admin.post("/admin/locks/" + name + "/clear", Map.of()).status()).isEqualTo(403);
    assertThat(admin.get("/admin").body()).contains("data-lock=\"" + name + "\"");
  }
}
