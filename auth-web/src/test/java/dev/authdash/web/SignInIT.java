package dev.authdash.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.authdash.core.error.LoginThrottledException;
import dev.authdash.core.model.Role;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Login, registration, logout, redirects after login, first start, throttling, bad input. */
@MicronautTest(transactional = false)
class SignInIT {
  @Inject Dashboard app;

  @Test
  void loginPage_hasLabelledFields_andSignedInVisitorsGoToTheDashboard() {
    Browser b = app.visitor();
    Browser.Page page = b.get("/");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.header("content-type"))
        .hasValueSatisfying(v -> assertThat(v).contains("text/html"));
    assertThat(page.body())
        .contains(
            "name=\"username\"",
            "name=\"password\"",
            "<label for=\"username\"",
            "<label for=\"password\"",
            "action=\"/login\"");
    b.login(app.user("ann"), Accounts.PASSWORD);
    Browser.Page again = b.get("/");
    assertThat(again.status()).isEqualTo(303);
    assertThat(again.location()).isEqualTo("/dashboard");
  }

  @Test
  void firstStart_createdTheOwnerWithTheConfiguredPassword() {
    Browser b = app.visitor();
    b.login(Accounts.OWNER, Accounts.OWNER_PASSWORD);
    Browser.Page dashboard = b.get("/dashboard");
    assertThat(dashboard.body()).contains("admin", "ADMIN", "/admin/users");
    assertThat(app.stored("admin").owner()).isTrue();
  }

  @Test
  void successfulLogin_redirectsToTheDashboard_withAFreshHttpOnlySessionCookie() {
    String name = app.user("bob");
    Browser b = app.visitor();
    Browser.Page login = b.login(name, Accounts.PASSWORD);
    String cookie = login.setCookie("__Host-authdash").orElseThrow();
    assertThat(cookie.toLowerCase(java.util.Locale.ROOT))
        .contains("; httponly", "; secure", "; path=/", "; samesite=lax");
    assertThat(cookie).doesNotContain("Domain=");
    Browser.Page dashboard = b.get("/dashboard");
    assertThat(dashboard.status()).isEqualTo(200);
    assertThat(dashboard.body())
        .contains(name, "USER", "Last login", "This is your first sign-in.");
    assertThat(dashboard.body()).doesNotContain("href=\"/admin/users\"");
  }

  @Test
  void theDashboard_showsTheSignInBeforeThisOne_asLastLogin() {
    String name = app.user("carl");
    app.visitor().login(name, Accounts.PASSWORD);
    Browser b = app.visitor();
    b.login(name, Accounts.PASSWORD);

    String body = b.get("/dashboard").body();

    assertThat(body).contains("Last login", "from <span>127.0.0.1</span>");
    assertThat(body).doesNotContain("This is your first sign-in.");
  }

  @Test
  void loginIssuesANewToken_andDestroysTheOneTheBrowserBrought() {
    String name = app.user("fixation");
    Browser b = app.visitor();
    b.login(name, Accounts.PASSWORD);
    String first = b.cookies.get("__Host-authdash");
    Browser.Page again =
        b.submit("/dashboard", "/login", Map.of("username", name, "password", Accounts.PASSWORD));
    assertThat(again.location()).isEqualTo("/dashboard");
    String second = b.cookies.get("__Host-authdash");
    assertThat(second).isNotEqualTo(first);
    Browser old = app.visitor();
    old.cookies.put("__Host-authdash", first);
    assertThat(old.get("/dashboard").status()).isEqualTo(303);
  }

  @Test
  void failedLogin_saysTheSameForUnknownUsersAndWrongPasswords() {
    String name = app.user("carol");
    for (String[] attempt :
        new String[][] {{name, "wrong password here"}, {"nobody-" + name, Accounts.PASSWORD}}) {
      Browser b = app.visitor();
      Browser.Page result =
          b.submit("/", "/login", Map.of("username", attempt[0], "password", attempt[1]));
      assertThat(result.status()).isEqualTo(303);
      assertThat(result.location()).isEqualTo("/");
      assertThat(b.cookies).doesNotContainKey("__Host-authdash");
      assertThat(b.get("/").alerts()).containsExactly("Invalid username or password.");
      assertThat(b.get("/").alerts()).as("a flash message shows once").isEmpty();
    }
  }

  @Test
  void lockedAccount_showsTheLockMessage_evenWithTheRightPassword() {
    String name = app.user("dave");
    Browser b = app.visitor();
    for (int i = 0; i < 5; i++) {
      b.submit("/", "/login", Map.of("username", name, "password", "not the password " + i));
    }
    Browser.Page refused =
        b.submit("/", "/login", Map.of("username", name, "password", Accounts.PASSWORD));
    assertThat(refused.status()).isEqualTo(303);
    assertThat(refused.header("Retry-After")).isPresent();
    assertThat(b.get("/").alerts()).containsExactly(LoginThrottledException.MESSAGE);
    assertThat(b.cookies).doesNotContainKey("__Host-authdash");
  }

  @Test
  void register_signsInAtOnce_withASuccessMessage() {
    String name = Accounts.unique("erin");
    Browser b = app.visitor();
    Browser.Page result = b.register(name);
    assertThat(result.status()).isEqualTo(303);
    assertThat(result.location()).isEqualTo("/dashboard");
    Browser.Page dashboard = b.get("/dashboard");
    assertThat(dashboard.status()).isEqualTo(200);
    assertThat(dashboard.alerts()).singleElement().asString().contains("Welcome, " + name);
    assertThat(app.stored(name).role()).isEqualTo(Role.USER);
    assertThat(b.get("/register").location()).isEqualTo("/dashboard");
  }

  @Test
  void registrationRefusals_comeBackAsMessagesOnTheForm() {
    String taken = app.user("frank");
    Map<String, String> cases = new LinkedHashMap<>();
    cases.put(
        taken + "|" + Accounts.PASSWORD + "|" + Accounts.PASSWORD, "Username already exists.");
    cases.put(Accounts.unique("gina") + "|short|short", "Password must be at least 12 characters.");
    cases.put(Accounts.unique("hank") + "|password1234|password1234", "too common");
    cases.put(
        Accounts.unique("ivy") + "|" + Accounts.PASSWORD + "|something else entirely",
        "do not match");
    cases.put(
        "<b>x</b>|" + Accounts.PASSWORD + "|" + Accounts.PASSWORD, "Username must be 3 to 32");
    cases.forEach(
        (input, expected) -> {
          String[] f = input.split("\\|");
          Browser b = app.visitor();
          Browser.Page result =
              b.submit(
                  "/register",
                  "/register",
                  Map.of("username", f[0], "password", f[1], "confirmPassword", f[2]));
          assertThat(result.status()).as(input).isEqualTo(303);
          assertThat(result.location()).as(input).isEqualTo("/register");
          Browser.Page form = b.get("/register");
          assertThat(form.alerts()).as(input).singleElement().asString().contains(expected);
          assertThat(form.body()).doesNotContain("<b>x</b>");
          assertThat(b.cookies).doesNotContainKey("__Host-authdash");
        });
  }

  @Test
  void logout_endsTheSessionServerSide() {
    String name = app.user("jack");
    Browser b = app.visitor();
    b.login(name, Accounts.PASSWORD);
    String token = b.cookies.get("__Host-authdash");
    Browser.Page out = b.submit("/dashboard", "/logout", Map.of());
    assertThat(out.status()).isEqualTo(303);
    assertThat(out.location()).isEqualTo("/");
    assertThat(out.setCookie("__Host-authdash").orElseThrow()).contains("Max-Age=0");
    assertThat(b.get("/").alerts()).containsExactly("You have been logged out.");
    Browser replay = app.visitor();
    replay.cookies.put("__Host-authdash", token);
    Browser.Page dashboard = replay.get("/dashboard");
    assertThat(dashboard.status()).isEqualTo(303);
    assertThat(dashboard.location()).isEqualTo("/");
  }

  @Test
  void anonymousVisitor_isSentToTheLoginPage_andBackToWhereTheyWereGoing() {
    String name = app.admin("kate");
    Browser b = app.visitor();
    Browser.Page bounced = b.get("/admin/users?q=ka");
    assertThat(bounced.status()).isEqualTo(303);
    assertThat(bounced.location()).isEqualTo("/");
    Browser.Page login = b.get("/");
    assertThat(login.alerts()).as("no talk of expiry").isEmpty();
    Browser.Page result =
        b.post(
            "/login",
            Map.of(
                "username", name, "password", Accounts.PASSWORD, "csrfToken", login.csrfToken()));
    assertThat(result.status()).isEqualTo(303);
    assertThat(result.location()).isEqualTo("/admin/users?q=ka");
  }

  @Test
  void loginRedirects_goOnlyToPathsOnThisSite() {
    String name = app.user("liam");
    for (String evil :
        new String[] {
          "//evil.example",
          "https://evil.example/",
          "/\\evil.example",
          "\\\\evil.example",
          "/\t/evil.example",
          "javascript:alert(1)",
          "http:/evil.example",
          " //evil.example"
        }) {
      Browser b = app.visitor();
      Browser.Page page = b.get("/");
      Browser.Page result =
          b.post(
              "/login",
              Map.of(
                  "username",
                  name,
                  "password",
                  Accounts.PASSWORD,
                  "next",
                  evil,
                  "csrfToken",
                  page.csrfToken()));
      assertThat(result.status()).as(evil).isEqualTo(303);
      assertThat(result.location()).as(evil).isEqualTo("/dashboard");
    }
    Browser b = app.visitor();
    Browser.Page page = b.get("/?next=/dashboard%3Ftab%3D1");
    assertThat(page.body()).contains("name=\"next\" value=\"/dashboard?tab=1\"");
    Browser.Page result =
        b.post(
            "/login",
            Map.of(
                "username",
                name,
                "password",
                Accounts.PASSWORD,
                "next",
                "/dashboard?tab=1",
                "csrfToken",
                page.csrfToken()));
    assertThat(result.location()).isEqualTo("/dashboard?tab=1");
  }

  @Test
  void oversizedFields_areRefusedFast_asMessagesOnTheForm() {
    String huge = "x".repeat(100_000);
    Browser b = app.visitor();
    Browser.Page login =
        b.submit("/", "/login", Map.of("username", Accounts.OWNER, "password", huge));
    assertThat(login.status()).isEqualTo(303);
    assertThat(login.millis()).isLessThan(1000);
    assertThat(b.get("/").alerts()).containsExactly("Invalid username or password.");
    Browser.Page register =
        b.submit(
            "/register",
            "/register",
            Map.of("username", Accounts.unique("max"), "password", huge, "confirmPassword", huge));
    assertThat(register.status()).isEqualTo(303);
    assertThat(register.millis()).isLessThan(1000);
    assertThat(b.get("/register").alerts()).singleElement().asString().contains("at most 256");
    Browser.Page longName =
        b.submit("/", "/login", Map.of("username", huge, "password", "whatever at all"));
    assertThat(longName.status()).isEqualTo(303);
    assertThat(longName.millis()).isLessThan(1000);
  }

  @Test
  void farTooLargeBodies_getThe413Page() {
    Browser b = app.visitor();
    Browser.Page page = b.get("/");
    Browser.Page result =
        b.post(
            "/login",
            Map.of(
                "username", "x", "password", "y".repeat(2_000_000), "csrfToken", page.csrfToken()));
    assertThat(result.status()).isEqualTo(413);
    assertThat(app.visitor().get("/").status()).as("the server carries on").isEqualTo(200);
  }

  @Test
  void clientAddress_ignoresForwardedHeaders_unlessTheProxyIsTrusted() {
    String name = app.user("spoofer");
    Browser b = app.visitor().header("X-Forwarded-For", "203.0.113.9");
    b.login(name, Accounts.PASSWORD);
    assertThat(app.stored(name).lastLoginIfAny().orElseThrow().address()).isEqualTo("127.0.0.1");
  }
}
