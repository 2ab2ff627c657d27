package dev.authdash.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.authdash.core.secrets.Totp;
import dev.authdash.core.testing.MutableClock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Two-factor sign-in in a real browser: enrol by reading the key from the page (as a person types
 * it into their app) and computing codes in the test, sign out, sign in with a code, then with a
 * recovery code. The server's clock is the test's, so codes are exact and no test waits 30 s.
 */
class TwoFactorBrowserIT {
  private static final Duration STEP = Duration.ofSeconds(Totp.STEP_SECONDS);
  private static final MutableClock CLOCK = new MutableClock(java.time.Instant.now());
  @RegisterExtension static final BrowserDashboard app = BrowserDashboard.onClock(CLOCK);

  private static void password(Chromium browser, String name) {
    browser.get(app.base() + "/");
    browser.fill("username", name);
    browser.fill("password", Accounts.PASSWORD);
    browser.driver.findElement(By.cssSelector("form[action='/login'] button[type=submit]")).click();
    browser.waiting().until(ExpectedConditions.urlToBe(app.base() + "/login/2fa"));
  }

  /**
   * Submits a code and waits for the answer page: a refusal comes back to the same URL, so waiting
   * for the URL alone would read the old page's (empty) alerts.
   */
  private static void code(Chromium browser, String code) {
    browser.fill("code", code);
    browser.submit("/login/2fa");
  }

  /** Turns two-factor sign-in on from the profile of the signed-in browser, as a person would. */
  private static TwoFactorEnrolment enrol(Chromium browser, boolean screenshots) {
    TwoFactorEnrolment enrolled = TwoFactorEnrolment.start(browser, app.base(), CLOCK, screenshots);
    TwoFactorEnrolment.finish(browser, app.base());
    return enrolled;
  }

  @Test
  void newRecoveryCodes_replaceTheOldOnes_andTurningItOff_needsThePasswordAndACode() {
    String name = Accounts.user(app.users(), "ursa");
    try (Chromium browser = Chromium.start()) {
      WebDriver driver = browser.driver;
      browser.signIn(app.base(), name, Accounts.PASSWORD);
      TwoFactorEnrolment enrolled = enrol(browser, false);

      // POST /profile/2fa/recovery-codes: a wrong password changes nothing, the right one replaces
      driver.get(app.base() + "/profile/2fa");
      browser.fill("regeneratePassword", "not the password at all");
      browser.submit("/profile/2fa/recovery-codes");
      browser.waiting().until(ExpectedConditions.urlToBe(app.base() + "/profile/2fa"));
      browser
          .waiting()
          .until(
              ExpectedConditions.textToBePresentInElementLocated(
                  By.cssSelector(".flash-area"), "Current password is incorrect"));
      assertThat(driver.findElement(By.id("recovery-codes-left")).getText()).isEqualTo("10");
      browser.fill("regeneratePassword", Accounts.PASSWORD);
      browser.submit("/profile/2fa/recovery-codes");
      List<String> fresh = TwoFactorEnrolment.shownRecoveryCodes(browser);
      assertThat(fresh).doesNotContainAnyElementsOf(enrolled.recoveryCodes());

      // POST /profile/2fa/disable: the password and a current code, after a confirmation
      driver.get(app.base() + "/profile/2fa");
      browser.fill("disablePassword", Accounts.PASSWORD);
      browser.fill("disableCode", enrolled.app().wrongCode());
      browser.submitConfirming("/profile/2fa/disable");
      browser
          .waiting()
          .until(
              ExpectedConditions.textToBePresentInElementLocated(
                  By.cssSelector(".flash-area"), "That code is not right"));
      assertThat(driver.getCurrentUrl()).isEqualTo(app.base() + "/profile/2fa");
      CLOCK.advance(STEP);
      browser.fill("disablePassword", Accounts.PASSWORD);
      browser.fill("disableCode", enrolled.app().code());
      browser.submitConfirming("/profile/2fa/disable");
      browser.waiting().until(ExpectedConditions.urlToBe(app.base() + "/profile"));
      assertThat(browser.alerts()).contains("Two-factor sign-in is off");

      browser.signOut(app.base());
      browser.signIn(app.base(), name, Accounts.PASSWORD);
      assertThat(driver.findElement(By.tagName("h1")).getText()).contains(name);
    }
  }

  @Test
  void enrol_thenSignInWithACode_thenWithARecoveryCode() {
    String name = Accounts.user(app.users(), "tess");
    try (Chromium browser = Chromium.start()) {
      WebDriver driver = browser.driver;
      browser.signIn(app.base(), name, Accounts.PASSWORD);
      TwoFactorEnrolment enrolled = enrol(browser, true);
      AuthenticatorApp authenticator = enrolled.app();
      List<String> recoveryCodes = enrolled.recoveryCodes();

      browser.signOut(app.base());
      password(browser, name);
      assertThat(driver.findElements(By.cssSelector("nav a[href='/profile']")))
          .as("the pending sign-in opens nothing")
          .isEmpty();
      browser.screenshot("two_factor_code");
      code(browser, authenticator.wrongCode());
      browser.waiting().until(ExpectedConditions.urlToBe(app.base() + "/login/2fa"));
      assertThat(browser.alerts()).contains("That code is not right");
      CLOCK.advance(STEP);
      code(browser, authenticator.code());
      browser.waiting().until(ExpectedConditions.urlToBe(app.base() + "/dashboard"));
      assertThat(driver.findElement(By.tagName("h1")).getText()).contains(name);

      browser.signOut(app.base());
      password(browser, name);
      code(browser, recoveryCodes.get(0));
      browser.waiting().until(ExpectedConditions.urlToBe(app.base() + "/dashboard"));
      driver.get(app.base() + "/profile");
      assertThat(driver.findElement(By.id("profile-recovery-codes-left")).getText()).isEqualTo("9");

      browser.signOut(app.base());
      password(browser, name);
      code(browser, recoveryCodes.get(0));
      browser.waiting().until(ExpectedConditions.urlToBe(app.base() + "/login/2fa"));
      assertThat(browser.alerts())
          .as("a recovery code works once")
          .contains("That code is not right");
    }
  }
}
