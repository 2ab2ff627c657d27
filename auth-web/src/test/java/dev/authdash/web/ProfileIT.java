package dev.authdash.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.authdash.core.port.out.SessionStore;
import dev.authdash.core.port.out.UserRepository;
import dev.authdash.core.testing.MutableClock;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The profile: details, change of password, "My sessions" and revoking them. */
@MicronautTest(transactional = false)
class ProfileIT {
  static final String FIREFOX_LINUX =
      "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0";
  static final String CHROME_WINDOWS =
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko)"
          + " Chrome/126.0.0.0 Safari/537.36 <script>alert(1)</script>";
  static final String NEW_PASSWORD = "amber falcon drifts over quiet meadows";
  private static final Pattern SESSION_ROW =
      Pattern.compile("data-session=\"([A-Za-z0-9_-]{22})\"");

  @Inject EmbeddedServer server;
  @Inject UserRepository users;
  @Inject SessionStore sessions;
  @Inject MutableClock clock;

  Browser signedIn(String name, String userAgent) {
    Browser b = new Browser(server.getURI()).header("User-Agent", userAgent);
    b.login(name, Accounts.PASSWORD);
    return b;
  }

  int liveSessions(String name) {
    return Accounts.liveSessions(users, sessions, name);
  }

  static List<String> handles(Browser.Page page) {
    List<String> found = new ArrayList<>();
    Matcher m = SESSION_ROW.matcher(page.body());
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }

  /** The handle of the row marked "this session". */
  static String currentHandle(Browser.Page page) {
    Matcher rows = Pattern.compile("<tr[^>]*>").matcher(page.body());
    while (rows.find()) {
      Matcher handle = SESSION_ROW.matcher(rows.group());
      if (rows.group().contains("table-info") && handle.find()) {
        return handle.group(1);
      }
    }
    throw new AssertionError("no row is marked as this session");
  }

  @Test
  void
      profile_listsEverySessionWithDeviceAddressAndTimes_marksThisOne_andNeverShowsATokenOrRawMarkup() {
    String name = Accounts.user(users, "pia");
    Browser firefox = signedIn(name, FIREFOX_LINUX);
    clock.advance(java.time.Duration.ofMinutes(1));
    Browser chrome = signedIn(name, CHROME_WINDOWS);

    Browser.Page page = firefox.get("/profile");

    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body())
        .contains("Your profile", name, "Change password", "My sessions")
        .contains("Firefox on Linux", "Chrome on Windows", "this session", "127.0.0.1")
        .contains("href=\"/profile\"")
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
        .doesNotContain("<script>alert(1)</script>")
        .doesNotContain(firefox.cookies.get("__Host-authdash"))
        .doesNotContain(chrome.cookies.get("__Host-authdash"));
    assertThat(page.body())
        .containsPattern("href=\"/profile\"[^>]*active|active[^>]*href=\"/profile\"");
    assertThat(handles(page)).hasSize(2);
    assertThat(page.body().indexOf("Firefox on Linux"))
        .as("oldest first: the Firefox session came first")
        .isLessThan(page.body().indexOf("Chrome on Windows"));
    assertThat(page.header("Cache-Control")).hasValue("no-store");
  }

  @Test
  void changePassword_keepsThisSession_signsOutTheOthers_andSaysHowMany() {
    String name = Accounts.user(users, "carl");
    Browser here = signedIn(name, FIREFOX_LINUX);
    Browser phone = signedIn(name, CHROME_WINDOWS);
    Browser laptop = signedIn(name, CHROME_WINDOWS);

    Browser.Page changed =
        here.submit(
            "/profile",
            "/profile/password",
            Map.of(
                "currentPassword",
                Accounts.PASSWORD,
                "newPassword",
                NEW_PASSWORD,
                "confirmPassword",
                NEW_PASSWORD));

    assertThat(changed.status()).isEqualTo(303);
    assertThat(changed.location()).isEqualTo("/profile");
    assertThat(here.get("/profile").alerts())
        .containsExactly("Your password has been changed. 2 other sessions signed out.");
    assertThat(here.get("/dashboard").status()).isEqualTo(200);
    assertThat(phone.get("/dashboard").location()).isEqualTo("/");
    assertThat(laptop.get("/dashboard").location()).isEqualTo("/");
    assertThat(liveSessions(name)).isEqualTo(1);
    Browser again = new Browser(server.getURI());
    Browser.Page oldPassword =
        again.submit("/", "/login", Map.of("username", name, "password", Accounts.PASSWORD));
    assertThat(oldPassword.location()).isEqualTo("/");
    Browser.Page newPassword =
        again.submit("/", "/login", Map.of("username", name, "password", NEW_PASSWORD));
    assertThat(newPassword.location()).isEqualTo("/dashboard");
  }

  @Test
  void changePassword_refusals_comeBackAsMessages_andChangeNothing() {
    String name = Accounts.user(users, "dora");
    Browser b = signedIn(name, FIREFOX_LINUX);
    Browser other = signedIn(name, CHROME_WINDOWS);
    String hash = Accounts.stored(users, name).passwordHash();

    Browser.Page mismatch =
        b.submit(
            "/profile",
            "/profile/password",
            Map.of(
                "currentPassword",
                Accounts.PASSWORD,
                "newPassword",
                NEW_PASSWORD,
                "confirmPassword",
                NEW_PASSWORD + "x"));
    assertThat(mismatch.location()).isEqualTo("/profile");
    assertThat(b.get("/profile").alerts())
        .containsExactly("The new password and its confirmation do not match.");

    b.submit(
        "/profile",
        "/profile/password",
        Map.of(
            "currentPassword", "not my password at all",
            "newPassword", NEW_PASSWORD,
            "confirmPassword", NEW_PASSWORD));
    assertThat(b.get("/profile").alerts()).containsExactly("Current password is incorrect.");

    b.submit(
        "/profile",
        "/profile/password",
        Map.of(
            "currentPassword", Accounts.PASSWORD,
            "newPassword", "short",
            "confirmPassword", "short"));
    assertThat(b.get("/profile").alerts()).hasSize(1).first().asString().contains("12");

    assertThat(Accounts.stored(users, name).passwordHash()).isEqualTo(hash);
    assertThat(other.get("/dashboard").status()).isEqualTo(200);
  }

  @Test
  void revokingOneSession_endsThatOneOnly_andTheCurrentOneIsNotEndedThisWay() {
    String name = Accounts.user(users, "ezra");
    Browser here = signedIn(name, FIREFOX_LINUX);
    Browser there = signedIn(name, CHROME_WINDOWS);
    Browser third = signedIn(name, CHROME_WINDOWS);
    Browser.Page profile = here.get("/profile");
    String mine = currentHandle(profile);
    String theirs = currentHandle(there.get("/profile"));

    Browser.Page revoked =
        here.post(
            "/profile/sessions/" + theirs + "/revoke", Map.of("csrfToken", profile.csrfToken()));

    assertThat(revoked.status()).isEqualTo(303);
    assertThat(revoked.location()).isEqualTo("/profile");
    assertThat(here.get("/profile").alerts()).containsExactly("That session has been signed out.");
    assertThat(there.get("/dashboard").location()).isEqualTo("/");
    assertThat(third.get("/dashboard").status()).isEqualTo(200);

    here.post("/profile/sessions/" + mine + "/revoke", Map.of("csrfToken", profile.csrfToken()));
    assertThat(here.get("/profile").alerts())
        .containsExactly("That is the session you are using: use \"Log out\" to end it.");
    here.post("/profile/sessions/" + theirs + "/revoke", Map.of("csrfToken", profile.csrfToken()));
    assertThat(here.get("/profile").alerts()).containsExactly("That session no longer exists.");
    here.post("/profile/sessions/not-a-handle/revoke", Map.of("csrfToken", profile.csrfToken()));
    assertThat(here.get("/profile").alerts()).containsExactly("That is not a session handle.");
    assertThat(liveSessions(name)).isEqualTo(2);
  }

  @Test
  void aUserCannotRevokeAnotherUsersSession_byItsHandle() {
    String victim = Accounts.user(users, "fay");
    Browser victimBrowser = signedIn(victim, FIREFOX_LINUX);
    String handle = currentHandle(victimBrowser.get("/profile"));
    Browser mallory = signedIn(Accounts.user(users, "mallory"), CHROME_WINDOWS);

    mallory.submit("/profile", "/profile/sessions/" + handle + "/revoke", Map.of());

    assertThat(mallory.get("/profile").alerts()).containsExactly("That session no longer exists.");
    assertThat(victimBrowser.get("/dashboard").status()).isEqualTo(200);
  }

  @Test
  void revokeOthers_endsEveryOtherSession_andKeepsThisOne() {
    String name = Accounts.user(users, "gus");
    Browser here = signedIn(name, FIREFOX_LINUX);
    Browser a = signedIn(name, CHROME_WINDOWS);
    Browser b = signedIn(name, CHROME_WINDOWS);
    assertThat(here.get("/profile").body())
        .contains("action=\"/profile/sessions/revoke-others\"", "data-confirm=");

    Browser.Page done = here.submit("/profile", "/profile/sessions/revoke-others", Map.of());

    assertThat(done.location()).isEqualTo("/profile");
    assertThat(here.get("/profile").alerts()).containsExactly("2 other sessions signed out.");
    assertThat(a.get("/dashboard").location()).isEqualTo("/");
    assertThat(b.get("/dashboard").location()).isEqualTo("/");
    assertThat(here.get("/dashboard").status()).isEqualTo(200);
  }

  @Test
  void everyProfilePost_withoutAValidCsrfToken_isRefusedWith403_andChangesNothing() {
    String name = Accounts.user(users, "hal");
    Browser here = signedIn(name, FIREFOX_LINUX);
    Browser other = signedIn(name, CHROME_WINDOWS);
    String otherHandle = currentHandle(other.get("/profile"));
    String hash = Accounts.stored(users, name).passwordHash();
    Map<String, Map<String, String>> posts =
        Map.of(
            "/profile/password",
            Map.of(
                "currentPassword", Accounts.PASSWORD,
                "newPassword", NEW_PASSWORD,
                "confirmPassword", NEW_PASSWORD),
            "/profile/sessions/" + otherHandle + "/revoke",
            Map.of(),
            "/profile/sessions/revoke-others",
            Map.of());
    posts.forEach(
        (path, fields) -> {
          assertThat(here.post(path, fields).status()).as(path + " without a token").isEqualTo(403);
          Map<String, String> forged = new java.util.HashMap<>(fields);
          forged.put("csrfToken", "forged.value");
          assertThat(here.post(path, forged).status()).as(path + " forged").isEqualTo(403);
        });

    assertThat(Accounts.stored(users, name).passwordHash()).isEqualTo(hash);
    assertThat(other.get("/dashboard").status()).isEqualTo(200);
    assertThat(liveSessions(name)).isEqualTo(2);
  }

  @Test
  void anonymousVisitors_areSentToTheLoginPage() {
    Browser anonymous = new Browser(server.getURI());
    assertThat(anonymous.get("/profile").location()).isEqualTo("/");
    String token = anonymous.get("/").csrfToken();
    for (String path : List.of("/profile/password", "/profile/sessions/revoke-others")) {
      assertThat(anonymous.post(path, Map.of("csrfToken", token)).location())
          .as(path)
          .isEqualTo("/");
    }
  }
}
