package dev.authdash.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.authdash.core.model.Role;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The admin panel at /admin/users: search, filter and pages with totals; creating users; promote,
 * demote, sign out everywhere and delete, which reach the target's live sessions on their next
 * request; the owner's protection; and a user refused every act.
 */
@MicronautTest(transactional = false)
class AdminPanelIT {
  private static final List<String> ADMIN_ACTIONS =
      List.of("promote", "demote", "delete", "logout");

  @Inject Dashboard app;

  @Test
  void aUser_getsA403PageOnEveryAdminRoute_andNothingChanges() {
    String user = app.user("mallory");
    String victim = app.user("victim");
    Browser victimBrowser = app.signedIn(victim);
    long usersBefore = app.users.count();
    Browser b = app.signedIn(user);
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
    assertThat(app.stored(victim).role()).isEqualTo(Role.USER);
    assertThat(app.stored(user).role()).isEqualTo(Role.USER);
    assertThat(victimBrowser.get("/dashboard").status()).isEqualTo(200);
    assertThat(app.users.count()).isEqualTo(usersBefore);
  }

  @Test
  void adminPanel_searchesFiltersAndPagesWithTotals() {
    for (int i = 0; i < 23; i++) {
      Accounts.add(
          app.users, "zeta-" + String.format("%02d", i), i % 5 == 0 ? Role.ADMIN : Role.USER);
    }
    Browser b = app.owner();
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
    Browser b = app.owner();
    String second = app.admin("second-admin");
    Browser.Page panel = b.get("/admin/users?q=admin");
    String ownerRow = row(panel, "admin");
    assertThat(ownerRow).contains("owner").doesNotContain("/demote").doesNotContain("/delete");
    assertThat(row(panel, second)).contains("/demote", "/delete");
    Browser other = app.signedIn(second);
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
    assertThat(app.stored("admin").role()).isEqualTo(Role.ADMIN);
    Browser.Page self =
        other.post("/admin/users/" + second + "/delete", Map.of("csrfToken", token));
    assertThat(self.status()).isEqualTo(303);
    assertThat(other.get("/admin/users").alerts())
        .containsExactly("You cannot delete your own account.");
    assertThat(app.exists(second)).isTrue();
  }

  @Test
  void adminActs_reachTheTargetsLiveSessionsOnTheirNextRequest() {
    String target = app.user("target");
    Browser targetBrowser = app.signedIn(target);
    Browser admin = app.owner();

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
    assertThat(app.stored(target).role()).isEqualTo(Role.USER);

    Browser second = app.signedIn(target);
    assertThat(app.liveSessions(target)).isEqualTo(2);
    Browser.Page out = admin.submit("/admin/users", "/admin/users/" + target + "/logout", Map.of());
    assertThat(out.status()).isEqualTo(303);
    assertThat(admin.get("/admin/users").alerts())
        .singleElement()
        .asString()
        .contains("2 sessions ended");
    assertThat(targetBrowser.get("/dashboard").location()).isEqualTo("/");
    assertThat(second.get("/dashboard").location()).isEqualTo("/");

    Browser again = app.signedIn(target);
    admin.submit("/admin/users", "/admin/users/" + target + "/delete", Map.of());
    assertThat(app.exists(target)).isFalse();
    assertThat(again.get("/dashboard").location()).isEqualTo("/");
  }

  @Test
  void adminCreatesUsers_andRefusalsComeBackAsMessages() {
    Browser admin = app.owner();
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
    assertThat(app.stored(name).role()).isEqualTo(Role.ADMIN);
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
