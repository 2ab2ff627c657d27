package dev.authdash.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.authdash.core.model.AuditEvent;
import dev.authdash.core.model.AuditEventType;
import dev.authdash.core.model.Role;
import dev.authdash.core.port.out.AuditLog;
import dev.authdash.core.testing.MutableClock;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The admin's user page, the audit log page, and reset links from issue to use. */
@MicronautTest(transactional = false)
class AdminPagesIT {
  private static final Pattern LINK =
      Pattern.compile("value=\"(http://[^\"]+/reset-password\\?token=([A-Za-z0-9_-]{43}))\"");
  private static final Pattern AUDIT_ROW =
      Pattern.compile(
          "<span class=\"audit-kind\">[^<]+</span>\\s*<code [^>]*>([A-Z_]+)</code></td>"
              + "\\s*<td[^>]*>([^<]*)</td>");

  @Inject Dashboard app;
  @Inject AuditLog auditLog;
  @Inject MutableClock clock;

  /** Issues a link as the owner and returns {full link, token}. */
  String[] issueLink(Browser admin, String target) {
    Browser.Page page =
        admin.submit("/admin/users", "/admin/users/" + target + "/reset-link", Map.of());
    assertThat(page.status()).isEqualTo(200);
    Matcher m = LINK.matcher(page.body());
    assertThat(m.find()).as("the page shows the link").isTrue();
    return new String[] {m.group(1), m.group(2)};
  }

  @Test
  void userPage_showsDetailsLiveSessionsRecentEventsAndTheActions() {
    String name = app.user("ivy");
    Browser ivy = app.signedIn(name);
    Browser admin = app.owner();

    Browser.Page page = admin.get("/admin/users/" + name);

    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body())
        .contains(name, "Live sessions", "Recent events", "LOGIN_SUCCEEDED", "127.0.0.1")
        .doesNotContain("this session</span>") // the admin's own session is not among ivy's
        .contains("/admin/users/" + name + "/promote", "/admin/users/" + name + "/logout")
        .contains("/admin/users/" + name + "/reset-link", "/admin/users/" + name + "/delete")
        .contains("/admin/users/" + name + "/sessions/")
        .contains("href=\"/admin/audit?user=" + name + "\"")
        .doesNotContain(ivy.cookies.get("__Host-authdash"));
    assertThat(page.sessionHandles()).hasSize(1);
    assertThat(admin.get("/admin/users/nobody-here").status()).isEqualTo(404);
    assertThat(admin.get("/admin/users").body())
        .contains("href=\"/admin/users/" + name + "\"", "/reset-link");
  }

  @Test
  void adminRevokesOneSessionFromTheUserPage_andActsThereComeBackToIt() {
    String name = app.user("jon");
    Browser first = app.signedIn(name);
    Browser second = app.signedIn(name);
    Browser admin = app.owner();
    String handle = first.get("/profile").thisSessionHandle();

    Browser.Page revoked =
        admin.submit(
            "/admin/users/" + name,
            "/admin/users/" + name + "/sessions/" + handle + "/revoke",
            Map.of());

    assertThat(revoked.location()).isEqualTo("/admin/users/" + name);
    assertThat(admin.get("/admin/users/" + name).alerts())
        .containsExactly("Signed out one session of " + name + ".");
    assertThat(first.get("/dashboard").location()).isEqualTo("/");
    assertThat(second.get("/dashboard").status()).isEqualTo(200);

    Browser.Page promoted =
        admin.submit(
            "/admin/users/" + name, "/admin/users/" + name + "/promote", Map.of("from", "user"));
    assertThat(promoted.location()).isEqualTo("/admin/users/" + name);
    assertThat(app.stored(name).role()).isEqualTo(Role.ADMIN);
    Browser.Page deleted =
        admin.submit(
            "/admin/users/" + name, "/admin/users/" + name + "/delete", Map.of("from", "user"));
    assertThat(deleted.location()).as("after a delete, the panel").isEqualTo("/admin/users");
  }

  @Test
  void auditPage_isNewestFirst_paged_andFilteredByUserAndKind() {
    String name = Accounts.unique("kim");
    for (int i = 0; i < 30; i++) {
      auditLog.append(
          new AuditEvent(
              clock.instant().plusSeconds(i),
              i % 3 == 0 ? AuditEventType.LOGIN_FAILED : AuditEventType.LOGIN_SUCCEEDED,
              name,
              name,
              "192.0.2." + i,
              "event " + i));
    }
    Browser admin = app.owner();

    Browser.Page first = admin.get("/admin/audit?user=" + name);
    assertThat(first.status()).isEqualTo(200);
    assertThat(first.body())
        .contains("<strong>30</strong> events", "page <span>1</span> of <span>2</span>")
        .contains("id=\"audit-user\"", "id=\"audit-type\"", "aria-current=\"page\"");
    assertThat(first.body().indexOf("event 29")).isLessThan(first.body().indexOf("event 28"));
    assertThat(rows(first)).hasSize(25);
    Browser.Page second = admin.get("/admin/audit?user=" + name + "&page=2");
    assertThat(rows(second)).hasSize(5);
    assertThat(second.body()).contains("event 4", "event 0").doesNotContain("event 5<");

    Browser.Page failed = admin.get("/admin/audit?user=" + name + "&type=login-failed");
    assertThat(rows(failed)).hasSize(10).allMatch(r -> r.equals("LOGIN_FAILED " + name));
    assertThat(failed.body()).contains("<option value=\"LOGIN_FAILED\" selected=\"selected\">");

    Browser.Page beyond = admin.get("/admin/audit?user=" + name + "&page=9");
    assertThat(beyond.location()).isEqualTo("/admin/audit?user=" + name + "&page=2");
    Browser.Page junk = admin.get("/admin/audit?type=nonsense&page=abc");
    assertThat(junk.status()).isEqualTo(200);
    assertThat(junk.body()).contains("All kinds");
  }

  @Test
  void auditPage_saysTheKindInWords_withItsCode_andTheTimeWithItsZoneAndHowLongAgo() {
    String name = Accounts.unique("lou");
    auditLog.append(
        new AuditEvent(
            clock.instant().minus(Duration.ofMinutes(3)),
            AuditEventType.LOCKED,
            name,
            name,
            "192.0.2.7",
            "5 failures"));
    Browser.Page page = app.owner().get("/admin/audit?user=" + name);
    assertThat(page.body())
        .contains("<span class=\"audit-kind\">Account locked</span>")
        .contains("title=\"Event code\">LOCKED</code>")
        .containsPattern("<time datetime=\"[0-9T:.-]+Z\">[0-9: -]+ UTC</time>")
        .contains(">3 minutes ago</span>")
        .contains("<option value=\"LOGIN_FAILED\">Sign-in failed</option>");
  }

  private static List<String> rows(Browser.Page page) {
    List<String> found = new ArrayList<>();
    Matcher m = AUDIT_ROW.matcher(page.body());
    while (m.find()) {
      found.add(m.group(1) + " " + m.group(2));
    }
    return found;
  }

  @Test
  void aUser_gets403OnEveryNewAdminRoute_andNothingChanges() {
    String target = app.user("lea");
    Browser targetBrowser = app.signedIn(target);
    String handle = targetBrowser.get("/profile").thisSessionHandle();
    Browser user = app.signedIn(app.user("mallory"));
    String token = user.get("/dashboard").csrfToken();

    assertThat(user.get("/admin/users/" + target).status()).isEqualTo(403);
    assertThat(user.get("/admin/audit").status()).isEqualTo(403);
    assertThat(
            user.post("/admin/users/" + target + "/reset-link", Map.of("csrfToken", token))
                .status())
        .isEqualTo(403);
    assertThat(
            user.post(
                    "/admin/users/" + target + "/sessions/" + handle + "/revoke",
                    Map.of("csrfToken", token))
                .status())
        .isEqualTo(403);

    assertThat(app.events(AuditEventType.RESET_LINK_ISSUED, target)).isZero();
    assertThat(targetBrowser.get("/dashboard").status()).isEqualTo(200);
    Browser anonymous = app.visitor();
    assertThat(anonymous.get("/admin/audit").location()).isEqualTo("/");
    assertThat(anonymous.get("/admin/users/" + target).location()).isEqualTo("/");
  }

  @Test
  void anUnknownAct_isThe404PageThatSaysSo_afterTheChecksEveryActHas_andChangesNothing() {
    String target = app.user("nils");
    String act = "/admin/users/" + target + "/frobnicate";
    Browser admin = app.owner();

    Browser.Page unknown = admin.submit("/admin/users", act, Map.of("from", "user"));
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.body()).contains("Page not found", "No such action.");
    admin.assertNeedsAValidCsrfToken(act, Map.of());
    Browser user = app.signedIn(app.user("nosy"));
    String token = user.get("/dashboard").csrfToken();
    assertThat(user.post(act, Map.of("csrfToken", token)).status()).isEqualTo(403);
    assertThat(app.visitor().post(act, Map.of()).location()).isEqualTo("/");

    assertThat(admin.get("/admin/users/" + target).status()).isEqualTo(200);
  }

  @Test
  void newAdminPosts_withoutAValidCsrfToken_areRefusedWith403_andChangeNothing() {
    String target = app.user("max");
    Browser targetBrowser = app.signedIn(target);
    String handle = targetBrowser.get("/profile").thisSessionHandle();
    Browser admin = app.owner();
    admin.get("/admin/users");

    for (String path :
        List.of(
            "/admin/users/" + target + "/reset-link",
            "/admin/users/" + target + "/sessions/" + handle + "/revoke")) {
      admin.assertNeedsAValidCsrfToken(path, Map.of());
    }

    assertThat(app.events(AuditEventType.RESET_LINK_ISSUED, target)).isZero();
    assertThat(app.liveSessions(target)).isEqualTo(1);
  }

  @Test
  void resetLink_isShownOnce_thenSetsANewPassword_signsOutEverywhere_andDies() {
    String name = app.user("nia");
    Browser nia = app.signedIn(name);
    Browser admin = app.owner();
    Browser.Page issued =
        admin.submit("/admin/users", "/admin/users/" + name + "/reset-link", Map.of());
    assertThat(issued.status()).isEqualTo(200);
    assertThat(issued.header("Cache-Control")).hasValue("no-store");
    assertThat(issued.body()).contains("shown <strong>only now</strong>", "30</span> minutes");
    Matcher m = LINK.matcher(issued.body());
    assertThat(m.find()).isTrue();
    assertThat(m.group(1)).startsWith(app.uri().toString() + "/reset-password?token=");
    String token = m.group(2);

    Browser holder = app.visitor();
    Browser.Page link = holder.get("/reset-password?token=" + token);
    assertThat(link.status()).as("the token leaves the address at once").isEqualTo(303);
    assertThat(link.location()).isEqualTo("/reset-password");
    assertThat(link.headers().get("referrer-policy")).containsExactly("no-referrer");
    assertThat(link.setCookie("__Host-reset"))
        .get()
        .asString()
        .contains("HTTPOnly", "SameSite=Lax");
    Browser.Page form = holder.get("/reset-password");
    assertThat(form.status()).isEqualTo(200);
    assertThat(form.headers().get("referrer-policy"))
        .as("no-referrer would make Chromium post the form with Origin: null")
        .containsExactly("same-origin");
    assertThat(form.body())
        .contains(name, "name=\"token\" value=\"" + token + "\"", "action=\"/reset-password\"")
        .contains("name=\"confirmPassword\"");

    Browser.Page mismatch =
        choosePassword(holder, form, token, Accounts.NEW_PASSWORD, "something else entirely");
    assertThat(mismatch.status()).isEqualTo(400);
    assertThat(mismatch.body()).contains("do not match");
    Browser.Page weak = choosePassword(holder, form, token, "short", "short");
    assertThat(weak.status()).isEqualTo(400);
    assertThat(nia.get("/dashboard").status())
        .as("a refused choice changes nothing")
        .isEqualTo(200);

    Browser.Page done =
        choosePassword(holder, form, token, Accounts.NEW_PASSWORD, Accounts.NEW_PASSWORD);
    assertThat(done.status()).isEqualTo(303);
    assertThat(done.location()).isEqualTo("/");
    assertThat(holder.cookies).as("the reset cookie is cleared").doesNotContainKey("__Host-reset");
    assertThat(holder.get("/").alerts()).hasSize(1).first().asString().contains("has been reset");
    assertThat(nia.get("/dashboard").location()).as("signed out everywhere").isEqualTo("/");
    assertThat(
            app.visitor()
                .submit("/", "/login", Map.of("username", name, "password", Accounts.NEW_PASSWORD))
                .location())
        .isEqualTo("/dashboard");

    Browser.Page used = holder.get("/reset-password?token=" + token);
    assertThat(used.status()).isEqualTo(410);
    assertThat(used.body()).contains("already been used");
    assertThat(used.headers().get("referrer-policy")).containsExactly("no-referrer");
    assertThat(holder.get("/reset-password").status()).isEqualTo(410);
  }

  @Test
  void resetLink_refusals_unknownMalformedExpiredOrWithoutCsrf() {
    String name = app.user("oto");
    Browser admin = app.owner();
    String hash = app.stored(name).passwordHash();
    Browser holder = app.visitor();
    assertThat(holder.get("/reset-password").status()).isEqualTo(410);
    assertThat(holder.get("/reset-password?token=garbage").status()).isEqualTo(410);
    assertThat(holder.get("/reset-password?token=" + "A".repeat(43)).status()).isEqualTo(410);

    String[] first = issueLink(admin, name);
    String[] second = issueLink(admin, name);
    assertThat(holder.get("/reset-password?token=" + first[1]).status())
        .as("a newer link voids the older")
        .isEqualTo(410);
    assertThat(holder.get("/reset-password?token=" + second[1]).status()).isEqualTo(303);
    Browser.Page form = holder.get("/reset-password");
    Map<String, String> fields =
        Map.of(
            "token", second[1],
            "newPassword", Accounts.NEW_PASSWORD,
            "confirmPassword", Accounts.NEW_PASSWORD);
    holder.assertNeedsAValidCsrfToken("/reset-password", fields);
    assertThat(app.stored(name).passwordHash()).isEqualTo(hash);
    assertThat(holder.get("/reset-password?token=" + second[1]).status())
        .as("still usable after refusals")
        .isEqualTo(303);
    assertThat(holder.get("/reset-password").status()).isEqualTo(200);

    clock.advance(Duration.ofMinutes(31));
    Map<String, String> late = new java.util.HashMap<>(fields);
    late.put("csrfToken", form.csrfToken());
    Browser.Page expired = holder.post("/reset-password", late);
    assertThat(expired.status()).isEqualTo(410);
    assertThat(expired.body()).contains("has expired");
    assertThat(app.stored(name).passwordHash()).isEqualTo(hash);
  }

  /** Submits the reset-password form as its holder would. */
  private static Browser.Page choosePassword(
      Browser holder, Browser.Page form, String token, String password, String confirmation) {
    return holder.post(
        "/reset-password",
        Map.of(
            "csrfToken",
            form.csrfToken(),
            "token",
            token,
            "newPassword",
            password,
            "confirmPassword",
            confirmation));
  }
}
