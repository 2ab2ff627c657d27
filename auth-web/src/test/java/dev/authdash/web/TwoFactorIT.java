package dev.authdash.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.authdash.core.port.out.SecondFactorStore;
import dev.authdash.core.secrets.Totp;
import dev.authdash.core.testing.MutableClock;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Two-factor sign-in over HTTP: the pending sign-in opens nothing, codes are single use, wrong
 * codes and wrong passwords share one lockout, the saved target survives the second step, and every
 * two-factor form refuses a missing or forged CSRF token. The server runs on the test's clock.
 */
@MicronautTest(transactional = false)
class TwoFactorIT {
  private static final Duration STEP = Duration.ofSeconds(Totp.STEP_SECONDS);
  private static final String SESSION = "__Host-authdash";
  private static final String PENDING = "__Host-pending";
  private static final Pattern SECRET = Pattern.compile("id=\"totp-secret\"[^>]*>([A-Z2-7 ]+)<");
  private static final Pattern CODE =
      Pattern.compile("<li class=\"list-group-item\">([a-z2-9-]+)</li>");

  @Inject Dashboard app;
  @Inject MutableClock clock;
  @Inject SecondFactorStore secondFactors;

  /** A user with two-factor sign-in on: their app, and their recovery codes. */
  private record Enrolled(String name, AuthenticatorApp app, List<String> codes) {}

  private Enrolled enrolled(String prefix) {
    String name = app.user(prefix);
    Browser b = app.signedIn(name);
    Browser.Page page = b.get("/profile/2fa");
    Matcher secret = SECRET.matcher(page.body());
    assertThat(secret.find()).as("the key is on the page").isTrue();
    assertThat(page.body()).contains("<svg", "<path fill=\"#000000\" d=\"M");
    AuthenticatorApp authenticator = new AuthenticatorApp(secret.group(1), clock);
    Browser.Page codes =
        b.post(
            "/profile/2fa",
            Map.of(
                "code", authenticator.code(),
                "currentPassword", Accounts.PASSWORD,
                "csrfToken", page.csrfToken()));
    assertThat(codes.status()).isEqualTo(200);
    List<String> recovery = new ArrayList<>();
    Matcher m = CODE.matcher(codes.body());
    while (m.find()) {
      recovery.add(m.group(1));
    }
    assertThat(recovery).hasSize(10);
    assertThat(codes.header("cache-control")).contains("no-store");
    clock.advance(STEP);
    return new Enrolled(name, authenticator, recovery);
  }

  /** Gives the password; returns the browser, holding the pending sign-in. */
  private Browser afterPassword(String name) {
    Browser b = app.visitor();
    Browser.Page first =
        b.submit("/", "/login", Map.of("username", name, "password", Accounts.PASSWORD));
    assertThat(first.status()).isEqualTo(303);
    assertThat(first.location()).isEqualTo("/login/2fa");
    return b;
  }

  private Browser.Page code(Browser b, String code) {
    return b.submit("/login/2fa", "/login/2fa", Map.of("code", code));
  }

  @Test
  void thePendingSignIn_opensNothing_andTheCodeGivesAFreshSession() {
    Enrolled alice = enrolled("pia");
    Browser b = afterPassword(alice.name());
    assertThat(b.cookies).containsKey(PENDING).doesNotContainKey(SESSION);
    String pending = b.cookies.get(PENDING);

    for (String path : List.of("/dashboard", "/profile", "/profile/2fa", "/admin/users")) {
      assertThat(b.get(path).status()).as(path).isIn(303, 403);
      assertThat(b.get(path).location()).as(path).isNotEqualTo(path);
    }
    Browser asSession = app.visitor();
    asSession.cookies.put(SESSION, pending);
    assertThat(asSession.get("/dashboard").status()).isEqualTo(303);

    Browser.Page done = code(b, alice.app().code());
    assertThat(done.status()).isEqualTo(303);
    assertThat(done.location()).as("the last page asked for").isEqualTo("/admin/users");
    assertThat(b.cookies).containsKey(SESSION).doesNotContainKey(PENDING);
    assertThat(b.cookies.get(SESSION)).isNotEqualTo(pending);
    assertThat(b.get("/dashboard").status()).isEqualTo(200);
  }

  @Test
  void aCodeWorksOnce_andARecoveryCodeWorksOnce() {
    Enrolled bo = enrolled("bo");
    String now = bo.app().code();
    assertThat(code(afterPassword(bo.name()), now).location()).isEqualTo("/dashboard");
    Browser replay = afterPassword(bo.name());
    assertThat(code(replay, now).location()).isEqualTo("/login/2fa");
    assertThat(replay.get("/login/2fa").alerts()).anyMatch(a -> a.contains("not right"));

    assertThat(code(afterPassword(bo.name()), bo.codes().get(1)).location())
        .isEqualTo("/dashboard");
    assertThat(code(afterPassword(bo.name()), bo.codes().get(1)).location())
        .isEqualTo("/login/2fa");
    Browser signedIn = afterPassword(bo.name());
    code(signedIn, bo.codes().get(2));
    assertThat(signedIn.get("/profile").body()).contains("8</span> recovery codes left");
  }

  @Test
  void wrongPasswordsAndWrongCodes_shareOneLockout() {
    Enrolled cy = enrolled("cy");
    for (int i = 0; i < 3; i++) {
      Browser b = app.visitor();
      Browser.Page wrong =
          b.submit("/", "/login", Map.of("username", cy.name(), "password", "not it at all " + i));
      assertThat(wrong.location()).isEqualTo("/");
      assertThat(b.get("/").alerts()).containsExactly("Invalid username or password.");
    }
    Browser b = afterPassword(cy.name());
    assertThat(code(b, cy.app().wrongCode()).location()).isEqualTo("/login/2fa");
    Browser.Page locked = code(b, cy.app().wrongCode());
    assertThat(locked.header("retry-after")).isPresent();
    assertThat(b.get("/login/2fa").alerts()).anyMatch(a -> a.contains("try again later"));

    assertThat(code(b, cy.app().code()).location())
        .as("locked: even the right code")
        .isEqualTo("/login/2fa");
    Browser again = app.visitor();
    again.submit("/", "/login", Map.of("username", cy.name(), "password", Accounts.PASSWORD));
    assertThat(again.cookies).doesNotContainKeys(SESSION, PENDING);
  }

  @Test
  void theSavedTarget_survivesTheSecondStep() {
    Enrolled dee = enrolled("dee");
    Browser b = app.visitor();
    Browser.Page first =
        b.submit(
            "/",
            "/login",
            Map.of("username", dee.name(), "password", Accounts.PASSWORD, "next", "/profile"));
    assertThat(first.location()).isEqualTo("/login/2fa");

    assertThat(code(b, dee.app().code()).location()).isEqualTo("/profile");
  }

  @Test
  void withoutAPendingSignIn_theCodePageSendsBackToTheStart() {
    Browser b = app.visitor();
    Browser.Page page = b.get("/login/2fa");
    assertThat(page.status()).isEqualTo(303);
    assertThat(page.location()).isEqualTo("/");
    assertThat(b.get("/").alerts()).anyMatch(a -> a.contains("took too long"));
  }

  @Test
  void turningItOff_needsThePasswordAndACode() {
    Enrolled eve = enrolled("eve");
    Browser b = afterPassword(eve.name());
    code(b, eve.app().code());
    clock.advance(STEP);

    b.submit(
        "/profile/2fa",
        "/profile/2fa/disable",
        Map.of("currentPassword", Accounts.PASSWORD, "code", eve.app().wrongCode()));
    assertThat(afterPassword(eve.name()).cookies).containsKey(PENDING);
    Browser.Page off =
        b.submit(
            "/profile/2fa",
            "/profile/2fa/disable",
            Map.of("currentPassword", Accounts.PASSWORD, "code", eve.app().code()));
    assertThat(off.location()).isEqualTo("/profile");

    app.visitor().login(eve.name(), Accounts.PASSWORD);
  }

  @Test
  void everyTwoFactorPost_withoutAValidCsrfToken_isRefusedWith403_andChangesNothing() {
    Enrolled fay = enrolled("fay");
    Browser signedIn = afterPassword(fay.name());
    code(signedIn, fay.app().code());
    clock.advance(STEP);
    Map<String, Map<String, String>> posts = new LinkedHashMap<>();
    posts.put(
        "/profile/2fa/disable",
        Map.of("currentPassword", Accounts.PASSWORD, "code", fay.app().code()));
    posts.put("/profile/2fa/recovery-codes", Map.of("currentPassword", Accounts.PASSWORD));
    posts.put("/profile/2fa", Map.of("currentPassword", Accounts.PASSWORD, "code", "123456"));
    posts.forEach(signedIn::assertNeedsAValidCsrfToken);
    Browser pending = afterPassword(fay.name());
    pending.assertNeedsAValidCsrfToken("/login/2fa", Map.of("code", fay.app().code()));
    assertThat(pending.cookies).doesNotContainKey(SESSION);

    assertThat(signedIn.get("/profile").body()).contains("10</span> recovery codes left");
    assertThat(secondFactors.find(app.stored(fay.name()).id()).orElseThrow().enabled()).isTrue();
  }

  @Test
  void anAdminResetsAUsersSecondFactor_afterConfirming_andTheResetNeedsACsrfToken() {
    Enrolled gus = enrolled("gus");
    Browser admin = app.owner();
    String page = "/admin/users/" + gus.name();
    String body = admin.get(page).body();
    assertThat(body).contains("on, 10 recovery codes left", "data-confirm=\"Reset two-factor");
    String reset = page + "/2fa/reset";
    assertThat(admin.post(reset, Map.of()).status()).isEqualTo(403);
    assertThat(admin.post(reset, Map.of("csrfToken", "forged.value")).status()).isEqualTo(403);
    assertThat(afterPassword(gus.name()).cookies).as("still on").containsKey(PENDING);

    Browser.Page done = admin.submit(page, reset, Map.of());
    assertThat(done.location()).isEqualTo(page);
    assertThat(admin.get(page).body()).contains("id=\"two-factor-state\">off<");
    app.visitor().login(gus.name(), Accounts.PASSWORD);
  }
}
