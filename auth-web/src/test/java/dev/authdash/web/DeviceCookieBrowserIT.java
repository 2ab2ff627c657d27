package dev.authdash.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.authdash.core.error.LoginThrottledException;
import dev.authdash.core.testing.MutableClock;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
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
  private static final String OWNER = "admin";
  private static final String OWNER_PASSWORD = "quiet harbour under nine moons";
  private static final String WRONG = "not the password at all";
  private static final MutableClock CLOCK = new MutableClock(Instant.now());
  private static EmbeddedServer server;
  private static String base;

  @BeforeAll
  static void start() {
    Chromium.requireInstalled();
    server =
        ApplicationContext.builder()
            .environments("test", "browser")
            .singletons(CLOCK)
            .run(EmbeddedServer.class);
    base = "http://localhost:" + server.getPort();
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.getApplicationContext().close();
    }
  }

  /** Five failures from a client that never signed in: the name's global lock. */
  private static void lockAnonymously() {
    Browser anonymous = new Browser(URI.create(base));
    for (int i = 0; i < 5; i++) {
      Browser.Page refused =
          anonymous.submit("/", "/login", Map.of("username", OWNER, "password", WRONG));
      assertThat(refused.location()).isEqualTo("/");
    }
    Browser.Page right =
        anonymous.submit("/", "/login", Map.of("username", OWNER, "password", OWNER_PASSWORD));
    assertThat(right.location())
        .as("the name is locked for a client without the cookie")
        .isEqualTo("/");
  }

  /** Types the name and a password into the sign-in form and waits for the answer page. */
  private static void tryPassword(Chromium browser, String password) {
    browser.get(base + "/");
    RealBrowserIT.fill(browser.driver, "username", OWNER);
    RealBrowserIT.fill(browser.driver, "password", password);
    WebElement submit =
        browser.driver.findElement(By.cssSelector("form[action='/login'] button[type=submit]"));
    submit.click();
    browser.waitUntilGone(submit);
  }

  private static void signOut(Chromium browser) {
    browser.driver.findElement(By.cssSelector("nav form[action='/logout'] button")).click();
    browser.waiting().until(ExpectedConditions.urlToBe(base + "/"));
  }

  private static boolean refusedAsLocked(Chromium browser) {
    return browser.driver.getCurrentUrl().equals(base + "/")
        && RealBrowserIT.alerts(browser.driver).contains(LoginThrottledException.MESSAGE);
  }

  @Test
  void
      anonymousFailuresCannotLockOutATrustedBrowser_whoseOwnFailuresLockOnlyIt_untilAPasswordChange() {
    try (Chromium trusted = Chromium.start();
        Chromium other = Chromium.start();
        Chromium stranger = Chromium.start()) {
      RealBrowserIT.signIn(trusted, base, OWNER, OWNER_PASSWORD);
      Cookie device = trusted.driver.manage().getCookieNamed("__Host-device");
      assertThat(device).as("a sign-in leaves a device cookie").isNotNull();
      assertThat(device.isHttpOnly()).isTrue();
      assertThat(device.isSecure()).isTrue();
      assertThat(device.getSameSite()).isEqualTo("Strict");
      assertThat(device.getExpiry())
          .isAfter(java.util.Date.from(Instant.now().plus(Duration.ofDays(300))));
      signOut(trusted);
      assertThat(trusted.driver.manage().getCookieNamed("__Host-device"))
          .as("signing out keeps it")
          .isNotNull();
      RealBrowserIT.signIn(other, base, OWNER, OWNER_PASSWORD);
      signOut(other);

      lockAnonymously();
      tryPassword(stranger, OWNER_PASSWORD);
      assertThat(refusedAsLocked(stranger)).as("a new browser obeys the name's lock").isTrue();
      tryPassword(trusted, OWNER_PASSWORD);
      trusted.waiting().until(ExpectedConditions.urlToBe(base + "/dashboard"));
      signOut(trusted);

      for (int i = 0; i < 5; i++) {
        tryPassword(trusted, WRONG);
      }
      assertThat(refusedAsLocked(trusted)).as("its own failures lock it").isTrue();
      tryPassword(trusted, OWNER_PASSWORD);
      assertThat(refusedAsLocked(trusted)).as("even with the right password").isTrue();
      tryPassword(other, OWNER_PASSWORD);
      other.waiting().until(ExpectedConditions.urlToBe(base + "/dashboard"));

      // The profile's change of password obeys the name's lock: let both locks lift first.
      CLOCK.advance(Duration.ofMinutes(1));
      other.get(base + "/profile");
      RealBrowserIT.fill(other.driver, "currentPassword", OWNER_PASSWORD);
      RealBrowserIT.fill(other.driver, "newPassword", RealBrowserIT.NEW_PASSWORD);
      RealBrowserIT.fill(other.driver, "confirmPassword", RealBrowserIT.NEW_PASSWORD);
      WebElement change =
          other.driver.findElement(By.cssSelector("form[action='/profile/password'] button"));
      other.driver.executeScript(
          "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", change);
      change.click();
      other.waitUntilGone(change);
      assertThat(RealBrowserIT.alerts(other.driver)).contains("Your password has been changed");

      CLOCK.advance(Duration.ofMinutes(2));
      lockAnonymously();
      tryPassword(trusted, RealBrowserIT.NEW_PASSWORD);
      assertThat(refusedAsLocked(trusted))
          .as("after a change of password the old device cookie no longer exempts")
          .isTrue();
      trusted.screenshot("device_cookie_locked");
    }
  }
}
