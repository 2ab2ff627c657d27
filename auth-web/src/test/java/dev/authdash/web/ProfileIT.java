package dev.authdash.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.authdash.core.testing.MutableClock;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The profile: details, change of password, "My sessions" and revoking them. */
@MicronautTest(transactional = false)
class ProfileIT {
  @Inject Dashboard app;
  @Inject MutableClock clock;

  @Test
  void
      profile_listsEverySessionWithDeviceAddressAndTimes_marksThisOne_andNeverShowsATokenOrRawMarkup() {
    String name = app.user("pia");
    Browser firefox = app.signedIn(name, Browser.FIREFOX_LINUX);
    clock.advance(java.time.Duration.ofMinutes(1));
    Browser chrome = app.signedIn(name, Browser.CHROME_WINDOWS);

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
    assertThat(page.sessionHandles()).hasSize(2);
    assertThat(page.body().indexOf("Firefox on Linux"))
        .as("oldest first: the Firefox session came first")
        .isLessThan(page.body().indexOf("Chrome on Windows"));
    assertThat(page.header("Cache-Control")).hasValue("no-store");
  }

  @Test
  void changePassword_keepsThisSession_signsOutTheOthers_andSaysHowMany() {
    String name = app.user("carl");
    Browser here = app.signedIn(name, Browser.FIREFOX_LINUX);
    Browser phone = app.signedIn(name, Browser.CHROME_WINDOWS);
    Browser laptop = app.signedIn(name, Browser.CHROME_WINDOWS);

    Browser.Page changed =
        here.changePassword(Accounts.PASSWORD, Accounts.NEW_PASSWORD, Accounts.NEW_PASSWORD);

    assertThat(changed.status()).isEqualTo(303);
    assertThat(changed.location()).isEqualTo("/profile");
    assertThat(here.get("/profile").alerts())
        .containsExactly("Your password has been changed. 2 other sessions signed out.");
    assertThat(here.get("/dashboard").status()).isEqualTo(200);
    assertThat(phone.get("/dashboard").location()).isEqualTo("/");
    assertThat(laptop.get("/dashboard").location()).isEqualTo("/");
    assertThat(app.liveSessions(name)).isEqualTo(1);
    Browser again = app.visitor();
    Browser.Page oldPassword =
        again.submit("/", "/login", Map.of("username", name, "password", Accounts.PASSWORD));
    assertThat(oldPassword.location()).isEqualTo("/");
    Browser.Page newPassword =
        again.submit("/", "/login", Map.of("username", name, "password", Accounts.NEW_PASSWORD));
    assertThat(newPassword.location()).isEqualTo("/dashboard");
  }

  @Test
  void changePassword_refusals_comeBackAsMessages_andChangeNothing() {
    String name = app.user("dora");
    Browser b = app.signedIn(name, Browser.FIREFOX_LINUX);
    Browser other = app.signedIn(name, Browser.CHROME_WINDOWS);
    String hash = app.stored(name).passwordHash();

    Browser.Page mismatch =
        b.changePassword(Accounts.PASSWORD, Accounts.NEW_PASSWORD, Accounts.NEW_PASSWORD + "x");
    assertThat(mismatch.location()).isEqualTo("/profile");
    assertThat(b.get("/profile").alerts())
        .containsExactly("The new password and its confirmation do not match.");

    b.changePassword("not my password at all", Accounts.NEW_PASSWORD, Accounts.NEW_PASSWORD);
    assertThat(b.get("/profile").alerts()).containsExactly("Current password is incorrect.");

    b.changePassword(Accounts.PASSWORD, "short", "short");
    assertThat(b.get("/profile").alerts()).hasSize(1).first().asString().contains("12");

    assertThat(app.stored(name).passwordHash()).isEqualTo(hash);
    assertThat(other.get("/dashboard").status()).isEqualTo(200);
  }

  @Test
  void revokingOneSession_endsThatOneOnly_andTheCurrentOneIsNotEndedThisWay() {
    String name = app.user("ezra");
    Browser here = app.signedIn(name, Browser.FIREFOX_LINUX);
    Browser there = app.signedIn(name, Browser.CHROME_WINDOWS);
    Browser third = app.signedIn(name, Browser.CHROME_WINDOWS);
    Browser.Page profile = here.get("/profile");
    String mine = profile.thisSessionHandle();
    String theirs = there.get("/profile").thisSessionHandle();

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
    assertThat(app.liveSessions(name)).isEqualTo(2);
  }

  @Test
  void aUserCannotRevokeAnotherUsersSession_byItsHandle() {
    String victim = app.user("fay");
    Browser victimBrowser = app.signedIn(victim, Browser.FIREFOX_LINUX);
    String handle = victimBrowser.get("/profile").thisSessionHandle();
    Browser mallory = app.signedIn(app.user("mallory"), Browser.CHROME_WINDOWS);

    mallory.submit("/profile", "/profile/sessions/" + handle + "/revoke", Map.of());

    assertThat(mallory.get("/profile").alerts()).containsExactly("That session no longer exists.");
    assertThat(victimBrowser.get("/dashboard").status()).isEqualTo(200);
  }

  @Test
  void revokeOthers_endsEveryOtherSession_andKeepsThisOne() {
    String name = app.user("gus");
    Browser here = app.signedIn(name, Browser.FIREFOX_LINUX);
    Browser a = app.signedIn(name, Browser.CHROME_WINDOWS);
    Browser b = app.signedIn(name, Browser.CHROME_WINDOWS);
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
    String name = app.user("hal");
    Browser here = app.signedIn(name, Browser.FIREFOX_LINUX);
    Browser other = app.signedIn(name, Browser.CHROME_WINDOWS);
    String otherHandle = other.get("/profile").thisSessionHandle();
    String hash = app.stored(name).passwordHash();
    Map<String, Map<String, String>> posts =
        Map.of(
            "/profile/password",
            Map.of(
                "currentPassword", Accounts.PASSWORD,
                "newPassword", Accounts.NEW_PASSWORD,
                "confirmPassword", Accounts.NEW_PASSWORD),
            "/profile/sessions/" + otherHandle + "/revoke",
            Map.of(),
            "/profile/sessions/revoke-others",
            Map.of());
    posts.forEach(here::assertNeedsAValidCsrfToken);

    assertThat(app.stored(name).passwordHash()).isEqualTo(hash);
    assertThat(other.get("/dashboard").status()).isEqualTo(200);
    assertThat(app.liveSessions(name)).isEqualTo(2);
  }

  @Test
  void anonymousVisitors_areSentToTheLoginPage() {
    Browser anonymous = app.visitor();
    assertThat(anonymous.get("/profile").location()).isEqualTo("/");
    String token = anonymous.get("/").csrfToken();
    for (String path : List.of("/profile/password", "/profile/sessions/revoke-others")) {
      assertThat(anonymous.post(path, Map.of("csrfToken", token)).location())
          .as(path)
          .isEqualTo("/");
    }
  }
}
