package dev.authdash.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.authdash.core.error.LoginThrottledException;
import dev.authdash.core.testing.MutableClock;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Device cookies in real browsers: the owner, locked out by anonymous failures from an HTTP client
 * without the cookie, still signs in from a Chromium that signed in before; that browser's own
 * failures lock only it; after a change of password its old cookie no longer exempts it. The
 * server's clock is the test's, so locks lift without waiting.
 */
class DeviceCookieBrowserIT {
  private static final String WRONG = "not the password at all";
  private static final MutableClock CLOCK = new MutableClock(Instant.now());
  @RegisterExtension static final BrowserDashboard app = BrowserDashboard.onClock(CLOCK);

  /** Five failures from a client that never signed in: the name's global lock. */
  private static void lockAnonymously() {
    Browser anonymous = new Browser(URI.create(app.base()));
    for (int i = 0; i < 5; i++) {
      Browser.Page refused =
          anonymous.submit("/", "/login", Map.of("username", Accounts.OWNER, "password", WRONG));
      assertThat(refused.location()).isEqualTo("/");
    }
    Browser.Page right =
        anonymous.submit(
            "/", "/login", Map.of("username", Accounts.OWNER, "password", Accounts.OWNER_PASSWORD));
    assertThat(right.location())
        .as("the name is locked for a client without the cookie")
        .isEqualTo("/");
  }

  /** Types the name and a password into the sign-in form and waits for the answer page. */
  private static void tryPassword(Chromium browser, String password) {
    browser.get(app.base() + "/");
    browser.fill("username", Accounts.OWNER);
    browser.fill("password", password);
    browser.submit("/login");
  }

  private static boolean refusedAsLocked(Chromium browser) {
    return browser.driver.getCurrentUrl().equals(app.base() + "/")
        && browser.alerts().contains(LoginThrottledException.MESSAGE);
  }

  @Test
  void
      anonymousFailuresCannotLockOutATrustedBrowser_whoseOwnFailuresLockOnlyIt_untilAPasswordChange() {
    try (Chromium trusted = Chromium.start();
        Chromium other = Chromium.start();
        Chromium stranger = Chromium.start()) {
      trusted.signIn(app.base(), Accounts.OWNER, Accounts.OWNER_PASSWORD);
      Cookie device = trusted.driver.manage().getCookieNamed("__Host-device");
      assertThat(device).as("a sign-in leaves a device cookie").isNotNull();
      assertThat(device.isHttpOnly()).isTrue();
      assertThat(device.isSecure()).isTrue();
      assertThat(device.getSameSite()).isEqualTo("Strict");
      assertThat(device.getExpiry())
          .isAfter(java.util.Date.from(Instant.now().plus(Duration.ofDays(300))));
      trusted.signOut(app.base());
      assertThat(trusted.driver.manage().getCookieNamed("__Host-device"))
          .as("signing out keeps it")
          .isNotNull();
      other.signIn(app.base(), Accounts.OWNER, Accounts.OWNER_PASSWORD);
      other.signOut(app.base());

      lockAnonymously();
      tryPassword(stranger, Accounts.OWNER_PASSWORD);
      assertThat(refusedAsLocked(stranger)).as("a new browser obeys the name's lock").isTrue();
      tryPassword(trusted, Accounts.OWNER_PASSWORD);
      trusted.waiting().until(ExpectedConditions.urlToBe(app.base() + "/dashboard"));
      trusted.signOut(app.base());

      for (int i = 0; i < 5; i++) {
        tryPassword(trusted, WRONG);
      }
      assertThat(refusedAsLocked(trusted)).as("its own failures lock it").isTrue();
      tryPassword(trusted, Accounts.OWNER_PASSWORD);
      assertThat(refusedAsLocked(trusted)).as("even with the right password").isTrue();
      tryPassword(other, Accounts.OWNER_PASSWORD);
      other.waiting().until(ExpectedConditions.urlToBe(app.base() + "/dashboard"));

      // The profile's change of password obeys the name's lock: let both locks lift first.
      CLOCK.advance(Duration.ofMinutes(1));
      other.get(app.base() + "/profile");
      other.fill("currentPassword", Accounts.OWNER_PASSWORD);
      other.fill("newPassword", Accounts.NEW_PASSWORD);
      other.fill("confirmPassword", Accounts.NEW_PASSWORD);
      WebElement change =
          other.driver.findElement(By.cssSelector("form[action='/profile/password'] button"));
      other.clickInView(change);
      other.waitUntilGone(change);
      assertThat(other.alerts()).contains("Your password has been changed");

      CLOCK.advance(Duration.ofMinutes(2));
      lockAnonymously();
      tryPassword(trusted, Accounts.NEW_PASSWORD);
      assertThat(refusedAsLocked(trusted))
          .as("after a change of password the old device cookie no longer exempts")
          .isTrue();
      trusted.screenshot("device_cookie_locked");
    }
  }
}
