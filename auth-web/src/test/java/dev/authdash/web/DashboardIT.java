package dev.authdash.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.authdash.core.model.Role;
import dev.authdash.core.port.out.SessionStore;
import dev.authdash.core.port.out.UserRepository;
import dev.authdash.core.testing.MutableClock;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Dashboard, admin panel, roles, CSRF, headers, expiry, session status, store outages. */
@MicronautTest(transactional = false)
class DashboardIT {
  private static final List<String> ADMIN_ACTIONS =
      List.of("promote", "demote", "delete", "logout");

  @Inject EmbeddedServer server;
  @Inject UserRepository users;
  @Inject TestPorts.SwitchableUserRepository switchable;
  @Inject SessionStore sessions;
  @Inject MutableClock clock;

  @AfterEach
  void storeBackUp() {
    switchable.setDown(false);
  }

  Browser browser() {
    return new Browser(server.getURI());
  }

  Browser signedIn(String name) {
    return Browser.signedIn(server.getURI(), name, Accounts.PASSWORD);
  }

  Browser owner() {
    return Browser.signedIn(server.getURI(), Accounts.OWNER, Accounts.OWNER_PASSWORD);
  }

  int liveSessions(String name) {
    return Accounts.liveSessions(users, sessions, name);
  }

  @Test
  void theFallbacksStepAsideForOtherPortBeans() {
    assertThat(users).isSameAs(switchable);
  }

  @Test
  void dashboard_showsTheUser_andAdminsGetTheAdminLink() {
    String admin = Accounts.admin(users, "alma");
    Browser b = signedIn(admin);
    Browser.Page page = b.get("/dashboard");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body())
        .contains(admin, "ADMIN", "href=\"/admin/users\"", "aria-current=\"page\"");
    assertThat(page.header("Cache-Control")).hasValue("no-store");
  }

  @Test
  void anonymousVisitors_areSentToTheLoginPage_fromEverySignedInRoute() {
    Browser b = browser();
    for (String path : List.of("/dashboard", "/admin/users")) {
      Browser.Page page = b.get(path);
      assertThat(page.status()).as(path).isEqualTo(303);
      assertThat(page.location()).as(path).isEqualTo("/");
    }
    String target = Accounts.user(users, "anon-target");
    Browser.Page login = b.get("/");
    for (String path :
        List.of(
            "/logout",
            "/session/keepalive",
            "/admin/users",
            "/admin/users/" + target + "/delete")) {
      Browser.Page result = b.post(path, Map.of("csrfToken", login.csrfToken()));
      assertThat(result.status()).as(path).isEqualTo(303);
      assertThat(result.location()).as(path).isEqualTo("/");
    }
    assertThat(Accounts.exists(users, target)).isTrue();
  }

  @Test
  void aUser_getsA403PageOnEveryAdminRoute_andNothingChanges() {
    String user = Accounts.user(users, "mallory");
    String victim = Accounts.user(users, "victim");
    Browser victimBrowser = signedIn(victim);
    long usersBefore = users.count();
    Browser b = signedIn(user);
    Browser.Page panel = b.get("/admin/users");
    assertThat(panel.status()).isEqualTo(403);
    assertThat(panel.body()).contains("Access denied", "navbar").doesNotContain("Exception");
    String token = b.get("/dashboard").csrfToken();
    for (String action : ADMIN_ACTIONS) {
      Browser.Page result =
          b.post("/admin/users/" + victim + "/" + action, Map.of("csrfToken", token));
      assertThat(result.status()).as(action).isEqualTo(403);
    }
    Browser.Page create =
        b.post(
            "/admin/users",
            Map.of(
                "csrfToken",
                token,
                "username",
                Accounts.unique("sneaky"),
                "password",
                Accounts.PASSWORD,
                "role",
                "ADMIN"));
    assertThat(create.status()).isEqualTo(403);
    assertThat(Accounts.stored(users, victim).role()).isEqualTo(Role.USER);
    assertThat(Accounts.stored(users, user).role()).isEqualTo(Role.USER);
    assertThat(victimBrowser.get("/dashboard").status()).isEqualTo(200);
    assertThat(users.count()).isEqualTo(usersBefore);
  }

  @Test
  void adminPanel_searchesFiltersAndPagesWithTotals() {
    for (int i = 0; i < 23; i++) {
      Accounts.add(users, "zeta-" + String.format("%02d", i), i % 5 == 0 ? Role.ADMIN : Role.USER);
    }
    Browser b = owner();
    Browser.Page first = b.get("/admin/users?q=zeta");
    assertThat(first.status()).isEqualTo(200);
    assertThat(first.body())
        .contains("of <strong>23</strong> users", "href=\"/admin/users?q=zeta&amp;page=2\"");
    assertThat(rows(first)).hasSize(20).first().isEqualTo("zeta-00");
    Browser.Page second = b.get("/admin/users?q=zeta&page=2");
    assertThat(rows(second)).containsExactly("zeta-20", "zeta-21", "zeta-22");
    Browser.Page admins = b.get("/admin/users?q=zeta&role=ADMIN");
    assertThat(rows(admins)).containsExactly("zeta-00", "zeta-05", "zeta-10", "zeta-15", "zeta-20");
    Browser.Page beyond = b.get("/admin/users?q=zeta&page=99");
    assertThat(beyond.status()).isEqualTo(303);
    assertThat(beyond.location()).isEqualTo("/admin/users?q=zeta&page=2");
    Browser.Page junk = b.get("/admin/users?page=abc&role=wizard");
    assertThat(junk.status()).isEqualTo(200);
    assertThat(b.get("/admin/users?q=nothing-like-this").body()).contains("No users match.");
  }

  @Test
  void theOwnerRow_hasNoDemoteOrDeleteButtons_andTheServerRefusesThoseActsAnyway() {
    Browser b = owner();
    String second = Accounts.admin(users, "second-admin");
    Browser.Page panel = b.get("/admin/users?q=admin");
    String ownerRow = row(panel, "admin");
    assertThat(ownerRow).contains("owner").doesNotContain("/demote").doesNotContain("/delete");
    assertThat(row(panel, second)).contains("/demote", "/delete");
    Browser other = signedIn(second);
    String token = other.get("/admin/users").csrfToken();
    for (String action : List.of("demote", "delete")) {
      Browser.Page result = other.post("/admin/users/admin/" + action, Map.of("csrfToken", token));
      assertThat(result.status()).as(action).isEqualTo(303);
      assertThat(other.get("/admin/users").alerts())
          .as(action)
          .singleElement()
          .asString()
          .containsIgnoringCase("owner");
    }
    assertThat(Accounts.stored(users, "admin").role()).isEqualTo(Role.ADMIN);
    Browser.Page self =
        other.post("/admin/users/" + second + "/delete", Map.of("csrfToken", token));
    assertThat(self.status()).isEqualTo(303);
    assertThat(other.get("/admin/users").alerts())
        .containsExactly("You cannot delete your own account.");
    assertThat(Accounts.exists(users, second)).isTrue();
  }

  @Test
  void adminActs_reachTheTargetsLiveSessionsOnTheirNextRequest() {
    String target = Accounts.user(users, "target");
    Browser targetBrowser = signedIn(target);
    Browser admin = owner();

    Browser.Page promoted =
        admin.submit(
            "/admin/users",
            "/admin/users/" + target + "/promote",
            Map.of("q", "targ", "page", "1"));
    assertThat(promoted.status()).isEqualTo(303);
    assertThat(promoted.location()).isEqualTo("/admin/users?q=targ");
    assertThat(admin.get("/admin/users").alerts()).containsExactly(target + " is now ADMIN.");
    assertThat(targetBrowser.get("/dashboard").body()).contains("href=\"/admin/users\"");
    assertThat(targetBrowser.get("/admin/users").status()).isEqualTo(200);

    admin.submit("/admin/users", "/admin/users/" + target + "/demote", Map.of());
    assertThat(targetBrowser.get("/admin/users").status()).isEqualTo(403);
    assertThat(Accounts.stored(users, target).role()).isEqualTo(Role.USER);

    Browser second = signedIn(target);
    assertThat(liveSessions(target)).isEqualTo(2);
    Browser.Page out = admin.submit("/admin/users", "/admin/users/" + target + "/logout", Map.of());
    assertThat(out.status()).isEqualTo(303);
    assertThat(admin.get("/admin/users").alerts())
        .singleElement()
        .asString()
        .contains("2 sessions ended");
    assertThat(targetBrowser.get("/dashboard").location()).isEqualTo("/");
    assertThat(second.get("/dashboard").location()).isEqualTo("/");

    Browser again = signedIn(target);
    admin.submit("/admin/users", "/admin/users/" + target + "/delete", Map.of());
    assertThat(Accounts.exists(users, target)).isFalse();
    assertThat(again.get("/dashboard").location()).isEqualTo("/");
  }

  @Test
  void adminCreatesUsers_andRefusalsComeBackAsMessages() {
    Browser admin = owner();
    String name = Accounts.unique("newbie");
    Browser.Page created =
        admin.submit(
            "/admin/users",
            "/admin/users",
            Map.of("username", name, "password", Accounts.PASSWORD, "role", "ADMIN"));
    assertThat(created.status()).isEqualTo(303);
    assertThat(created.location()).isEqualTo("/admin/users");
    assertThat(admin.get("/admin/users").alerts())
        .containsExactly("User " + name + " created as ADMIN.");
    assertThat(Accounts.stored(users, name).role()).isEqualTo(Role.ADMIN);
    admin.submit(
        "/admin/users",
        "/admin/users",
        Map.of("username", name, "password", Accounts.PASSWORD, "role", "USER"));
    assertThat(admin.get("/admin/users").alerts()).containsExactly("Username already exists.");
    admin.submit(
        "/admin/users",
        "/admin/users",
        Map.of("username", Accounts.unique("x"), "password", Accounts.PASSWORD, "role", "GOD"));
    assertThat(admin.get("/admin/users").alerts()).containsExactly("Role must be ADMIN or USER.");
    Browser.Page unknown =
        admin.submit("/admin/users", "/admin/users/nobody-here/promote", Map.of());
    assertThat(unknown.status()).isEqualTo(303);
    assertThat(admin.get("/admin/users").alerts())
        .singleElement()
        .asString()
        .contains("nobody-here");
  }

  @Test
  void postsWithoutAValidCsrfToken_areRefusedWith403_andChangeNothing() {
    String victim = Accounts.user(users, "csrf-victim");
    Browser admin = owner();
    Browser.Page missing = admin.post("/admin/users/" + victim + "/promote", Map.of());
    assertThat(missing.status()).isEqualTo(403);
    assertThat(missing.body()).contains("Form expired");
    Browser.Page forged =
        admin.post("/admin/users/" + victim + "/delete", Map.of("csrfToken", "forged.value"));
    assertThat(forged.status()).isEqualTo(403);
    Browser other = signedIn(Accounts.user(users, "csrf-other"));
    String othersToken = other.get("/dashboard").csrfToken();
    admin.cookies.put("__Host-csrf", other.cookies.get("__Host-csrf"));
    Browser.Page replayed =
        admin.post("/admin/users/" + victim + "/promote", Map.of("csrfToken", othersToken));
    assertThat(replayed.status()).as("a token minted for another session").isEqualTo(403);
    assertThat(Accounts.stored(users, victim).role()).isEqualTo(Role.USER);

    Browser anonymous = browser();
    anonymous.get("/");
    String name = Accounts.unique("nocsrf");
    Browser.Page register =
        anonymous.post(
            "/register",
            Map.of(
                "username",
                name,
                "password",
                Accounts.PASSWORD,
                "confirmPassword",
                Accounts.PASSWORD));
    assertThat(register.status()).isEqualTo(403);
    assertThat(Accounts.exists(users, name)).isFalse();
    Browser.Page login =
        anonymous.post("/login", Map.of("username", victim, "password", Accounts.PASSWORD));
    assertThat(login.status()).isEqualTo(403);
    assertThat(anonymous.cookies).doesNotContainKey("__Host-authdash");
    Browser.Page logout = other.post("/logout", Map.of());
    assertThat(logout.status()).isEqualTo(403);
    assertThat(other.get("/dashboard").status()).isEqualTo(200);
  }

  @Test
  void csrfCookie_isHostOnlyHttpOnlyStrict() {
    Browser.Page page = browser().get("/");
    String cookie = page.setCookie("__Host-csrf").orElseThrow().toLowerCase(java.util.Locale.ROOT);
    assertThat(cookie)
        .contains("; httponly", "; secure", "; path=/", "; samesite=strict")
        .doesNotContain("domain=");
  }

  @Test
  void securityHeaders_areOnEveryResponse() {
    Browser b = signedIn(Accounts.user(users, "headers"));
    for (String path :
        List.of(
            "/",
            "/dashboard",
            "/static/style.css",
            "/no-such-page",
            "/health",
            "/webjars/bootstrap/5.3.8/css/bootstrap.min.css",
            "/session/status")) {
      Browser.Page page = b.get(path);
      String csp = page.header("Content-Security-Policy").orElse("");
      assertThat(csp)
          .as(path)
          .contains(
              "default-src 'self'",
              "object-src 'none'",
              "base-uri 'none'",
              "frame-ancestors 'none'");
      assertThat(page.header("X-Content-Type-Options")).as(path).hasValue("nosniff");
      assertThat(page.header("Referrer-Policy")).as(path).isPresent();
      assertThat(page.header("Strict-Transport-Security")).as(path).isPresent();
    }
    assertThat(b.get("/dashboard").body()).doesNotContain("<script>").doesNotContain("onclick=");
    Browser.Page rejected = browser().get("/admin/users");
    assertThat(rejected.status()).isEqualTo(303);
    assertThat(rejected.header("Content-Security-Policy")).as("a rejection").isPresent();
    assertThat(rejected.header("X-Content-Type-Options")).as("a rejection").hasValue("nosniff");
  }

  @Test
  void staticAssets_areServedByTheAppItself() {
    Browser b = browser();
    Browser.Page css = b.get("/webjars/bootstrap/5.3.8/css/bootstrap.min.css");
    assertThat(css.status()).isEqualTo(200);
    assertThat(css.body()).contains("Bootstrap");
    assertThat(b.get("/webjars/bootstrap/5.3.8/js/bootstrap.bundle.min.js").status())
        .isEqualTo(200);
    assertThat(b.get("/static/style.css").status()).isEqualTo(200);
    assertThat(b.get("/static/app.js").body()).contains("data-confirm");
    assertThat(b.get("/").body())
        .contains("/webjars/bootstrap/5.3.8/css/bootstrap.min.css", "/static/app.js");
  }

  @Test
  void errorPages_areInTheLayout_withoutStackTraces() {
    Browser.Page missing = browser().get("/no-such-page");
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.body())
        .contains("Page not found", "navbar", "bootstrap.min.css")
        .doesNotContain("Exception")
        .doesNotContain("at io.micronaut");
    Browser.Page wrongMethod = browser().get("/logout");
    assertThat(wrongMethod.status()).isIn(404, 405);
    assertThat(wrongMethod.body()).contains("navbar");
  }

  @Test
  void health_answersUp() {
    Browser.Page health = browser().getJson("/health");
    assertThat(health.status()).isEqualTo(200);
    assertThat(health.body().replace(" ", "")).isEqualTo("{\"status\":\"UP\"}");
  }

  @Test
  void expiredSession_goesToTheLoginPageWithTheExpiryMessage() {
    Browser b = signedIn(Accounts.user(users, "sleepy"));
    clock.advance(Duration.ofMinutes(11));
    Browser.Page page = b.get("/dashboard");
    assertThat(page.status()).isEqualTo(303);
    assertThat(page.location()).isEqualTo("/");
    Browser.Page login = b.get("/");
    assertThat(login.status()).isEqualTo(200);
    assertThat(login.alerts()).containsExactly("Your session has expired. Please log in again.");
    assertThat(b.cookies).doesNotContainKey("__Host-authdash");
  }

  @Test
  void activityKeepsASessionAlive_butTheStatusPollDoesNot() {
    Browser b = signedIn(Accounts.user(users, "busy"));
    for (int i = 0; i < 3; i++) {
      clock.advance(Duration.ofMinutes(8));
      assertThat(b.get("/dashboard").status())
          .as("after %d × 8 minutes of activity", i + 1)
          .isEqualTo(200);
    }
    clock.advance(Duration.ofMinutes(4));
    Browser.Page status = b.getJson("/session/status");
    assertThat(status.status()).isEqualTo(200);
    assertThat(status.header("content-type"))
        .hasValueSatisfying(v -> assertThat(v).contains("json"));
    assertThat(status.body()).contains("\"active\":true", "\"idleSecondsLeft\":360");
    assertThat(status.body()).contains("\"absoluteSecondsLeft\":" + (12 * 3600 - 28 * 60));
    clock.advance(Duration.ofMinutes(4));
    assertThat(b.getJson("/session/status").body()).contains("\"idleSecondsLeft\":120");
    clock.advance(Duration.ofMinutes(3));
    Browser.Page gone = b.getJson("/session/status");
    assertThat(gone.status()).isEqualTo(401);
    assertThat(gone.body()).contains("\"active\":false");
    assertThat(b.get("/dashboard").location()).isEqualTo("/");
  }

  @Test
  void keepalive_extendsTheSession() {
    Browser b = signedIn(Accounts.user(users, "keeper"));
    clock.advance(Duration.ofMinutes(9));
    Browser.Page kept = b.submit("/dashboard", "/session/keepalive", Map.of());
    assertThat(kept.status()).isEqualTo(303);
    assertThat(kept.location()).isEqualTo("/dashboard");
    clock.advance(Duration.ofMinutes(9));
    assertThat(b.getJson("/session/status").body()).contains("\"active\":true");
    Browser.Page json =
        b.header("X-CSRF-TOKEN", b.get("/dashboard").csrfToken())
            .header("Accept", "application/json")
            .post("/session/keepalive", Map.of());
    assertThat(json.status()).isEqualTo(200);
  }

  @Test
  void absoluteTimeout_endsEvenABusySession() {
    Browser b = signedIn(Accounts.user(users, "marathon"));
    for (int i = 0; i < 12 * 6 + 2; i++) {
      clock.advance(Duration.ofMinutes(10).minusSeconds(1));
      if (b.get("/dashboard").status() != 200) {
        break;
      }
    }
    assertThat(b.get("/dashboard").location()).isEqualTo("/");
  }

  @Test
  void storeOutage_showsThe503Page_andTheAppRecoversByItself() {
    String name = Accounts.user(users, "outage");
    Browser b = signedIn(name);
    switchable.setDown(true);
    Browser.Page down = b.get("/dashboard");
    assertThat(down.status()).isEqualTo(503);
    assertThat(down.body()).contains("unavailable", "navbar").doesNotContain("switched off");
    Browser fresh = browser();
    Browser.Page login = fresh.get("/");
    Browser.Page refused =
        fresh.post(
            "/login",
            Map.of(
                "username", name, "password", Accounts.PASSWORD, "csrfToken", login.csrfToken()));
    assertThat(refused.status()).isEqualTo(503);
    switchable.setDown(false);
    assertThat(b.get("/dashboard").status()).isEqualTo(200);
    fresh.login(name, Accounts.PASSWORD);
  }

  @Test
  void clientAddress_ignoresForwardedHeaders_unlessTheProxyIsTrusted() {
    String name = Accounts.user(users, "spoofer");
    Browser b = browser().header("X-Forwarded-For", "203.0.113.9");
    b.login(name, Accounts.PASSWORD);
    assertThat(Accounts.stored(users, name).lastLoginIfAny().orElseThrow().address())
        .isEqualTo("127.0.0.1");
  }

  private static List<String> rows(Browser.Page page) {
    Matcher m = Pattern.compile("data-user=\"([^\"]+)\"").matcher(page.body());
    List<String> names = new java.util.ArrayList<>();
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }

  private static String row(Browser.Page page, String name) {
    int start = page.body().indexOf("data-user=\"" + name + "\"");
    assertThat(start).as("row of " + name).isNotNegative();
    return page.body().substring(start, page.body().indexOf("</tr>", start));
  }
}
