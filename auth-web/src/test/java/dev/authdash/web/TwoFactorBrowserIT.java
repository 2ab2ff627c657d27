package dev.authdash.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.authdash.core.model.Role;
import dev.authdash.core.port.out.UserRepository;
import dev.authdash.core.secrets.Totp;
import dev.authdash.core.testing.MutableClock;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Two-factor sign-in in a real browser: enrol by reading the key from the page (as a person types
 * it into their app) and computing codes in the test, sign out, sign in with a code, then with a
 * recovery code. The server's clock is the test's, so codes are exact and no test waits 30 s.
 */
class TwoFactorBrowserIT {
  private static final Duration STEP = Duration.ofSeconds(Totp.STEP_SECONDS);
  private static final MutableClock CLOCK = new MutableClock(java.time.Instant.now());
  private static EmbeddedServer server;
  private static String base;
  private static UserRepository users;

  @BeforeAll
  static void start() {
    Chromium.requireInstalled();
    server =
        ApplicationContext.builder()
            .environments("test", "browser")
            .singletons(CLOCK)
            .run(EmbeddedServer.class);
    base = "http://localhost:" + server.getPort();
    users = server.getApplicationContext().getBean(UserRepository.class);
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.getApplicationContext().close();
    }
  }

  private static void signOut(Chromium browser) {
    browser.driver.findElement(By.cssSelector("nav form[action='/logout'] button")).click();
    browser.waiting().until(ExpectedConditions.urlToBe(base + "/"));
  }

  private static void password(Chromium browser, String name) {
    browser.get(base + "/");
    RealBrowserIT.fill(browser.driver, "username", name);
    RealBrowserIT.fill(browser.driver, "password", Accounts.PASSWORD);
    browser.driver.findElement(By.cssSelector("form[action='/login'] button[type=submit]")).click();
    browser.waiting().until(ExpectedConditions.urlToBe(base + "/login/2fa"));
  }

  /**
   * Submits a code and waits for the answer page: a refusal comes back to the same URL, so waiting
   * for the URL alone would read the old page's (empty) alerts.
   */
  private static void code(Chromium browser, String code) {
    RealBrowserIT.fill(browser.driver, "code", code);
    WebElement submit =
        browser.driver.findElement(By.cssSelector("form[action='/login/2fa'] button[type=submit]"));
    submit.click();
    browser.waitUntilGone(submit);
  }

  record Enrolled(AuthenticatorApp app, List<String> recoveryCodes) {}

  /** Turns two-factor sign-in on from the profile of the signed-in browser, as a person would. */
  private static Enrolled enrol(Chromium browser, boolean screenshots) {
    Enrolled enrolled = startEnrolment(browser, base, CLOCK, screenshots);
    finishEnrolment(browser, base);
    return enrolled;
  }

  /**
   * Enrols the signed-in browser's user up to the page that shows the recovery codes once: reads
   * the key from the page, types a code computed with the server's clock and the password.
   */
  static Enrolled startEnrolment(Chromium browser, String base, Clock clock, boolean screenshots) {
    WebDriver driver = browser.driver;
    driver.get(base + "/profile");
    WebElement turnOn = driver.findElement(By.linkText("Turn on two-factor sign-in"));
    ((org.openqa.selenium.JavascriptExecutor) driver)
        .executeScript("arguments[0].scrollIntoView({block:'center', behavior:'instant'})", turnOn);
    turnOn.click();
    browser.waiting().until(ExpectedConditions.urlToBe(base + "/profile/2fa"));
    String shownKey = driver.findElement(By.id("totp-secret")).getText();
    assertThat(shownKey).matches("([A-Z2-7]{4} ){7}[A-Z2-7]{4}");
    assertThat(driver.findElement(By.cssSelector(".qr-code svg path")).getAttribute("d"))
        .startsWith("M");
    if (screenshots) {
      browser.screenshot("two_factor_enrol");
    }
    AuthenticatorApp app = new AuthenticatorApp(shownKey, clock);
    RealBrowserIT.fill(driver, "code", app.code());
    RealBrowserIT.fill(driver, "currentPassword", Accounts.PASSWORD);
    driver.findElement(By.cssSelector("form[action='/profile/2fa'] button[type=submit]")).click();
    List<String> recoveryCodes = shownRecoveryCodes(browser);
    if (screenshots) {
      browser.screenshot("recovery_codes");
    }
    return new Enrolled(app, recoveryCodes);
  }

  /** From the recovery codes page ("I have saved them") back to the profile. */
  static void finishEnrolment(Chromium browser, String base) {
    browser.driver.findElement(By.linkText("I have saved them")).click();
    browser.waiting().until(ExpectedConditions.urlToBe(base + "/profile"));
    assertThat(browser.driver.findElement(By.id("profile-recovery-codes-left")).getText())
        .isEqualTo("10");
  }

  private static List<String> shownRecoveryCodes(Chromium browser) {
    browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("recovery-codes")));
    List<String> codes =
        browser.driver.findElements(By.cssSelector("#recovery-codes li")).stream()
            .map(WebElement::getText)
            .toList();
    assertThat(codes).hasSize(10);
    return codes;
  }

  /** Clicks a form's submit button (scrolled into view) and waits for the page it leads to. */
  private static void submit(Chromium browser, String formAction) {
    WebElement button =
        browser.driver.findElement(
            By.cssSelector("form[action='" + formAction + "'] button[type=submit]"));
    ((org.openqa.selenium.JavascriptExecutor) browser.driver)
        .executeScript("arguments[0].scrollIntoView({block:'center', behavior:'instant'})", button);
    button.click();
  }

  @Test
  void newRecoveryCodes_replaceTheOldOnes_andTurningItOff_needsThePasswordAndACode() {
    String name = Accounts.add(users, Accounts.unique("ursa"), Role.USER);
    try (Chromium browser = Chromium.start()) {
      WebDriver driver = browser.driver;
      RealBrowserIT.signIn(browser, base, name, Accounts.PASSWORD);
      Enrolled enrolled = enrol(browser, false);

      // POST /profile/2fa/recovery-codes: a wrong password changes nothing, the right one replaces
      driver.get(base + "/profile/2fa");
      RealBrowserIT.fill(driver, "regeneratePassword", "not the password at all");
      submit(browser, "/profile/2fa/recovery-codes");
      browser.waiting().until(ExpectedConditions.urlToBe(base + "/profile/2fa"));
      browser
          .waiting()
          .until(
              ExpectedConditions.textToBePresentInElementLocated(
                  By.cssSelector(".flash-area"), "Current password is incorrect"));
      assertThat(driver.findElement(By.id("recovery-codes-left")).getText()).isEqualTo("10");
      RealBrowserIT.fill(driver, "regeneratePassword", Accounts.PASSWORD);
      submit(browser, "/profile/2fa/recovery-codes");
      List<String> fresh = shownRecoveryCodes(browser);
      assertThat(fresh).doesNotContainAnyElementsOf(enrolled.recoveryCodes());

      // POST /profile/2fa/disable: the password and a current code, after a confirmation
      driver.get(base + "/profile/2fa");
      RealBrowserIT.fill(driver, "disablePassword", Accounts.PASSWORD);
      RealBrowserIT.fill(driver, "disableCode", enrolled.app().wrongCode());
      submit(browser, "/profile/2fa/disable");
      browser.waiting().until(ExpectedConditions.alertIsPresent()).accept();
      browser
          .waiting()
          .until(
              ExpectedConditions.textToBePresentInElementLocated(
                  By.cssSelector(".flash-area"), "That code is not right"));
      assertThat(driver.getCurrentUrl()).isEqualTo(base + "/profile/2fa");
      CLOCK.advance(STEP);
      RealBrowserIT.fill(driver, "disablePassword", Accounts.PASSWORD);
      RealBrowserIT.fill(driver, "disableCode", enrolled.app().code());
      submit(browser, "/profile/2fa/disable");
      browser.waiting().until(ExpectedConditions.alertIsPresent()).accept();
      browser.waiting().until(ExpectedConditions.urlToBe(base + "/profile"));
      assertThat(RealBrowserIT.alerts(driver)).contains("Two-factor sign-in is off");

      signOut(browser);
      RealBrowserIT.signIn(browser, base, name, Accounts.PASSWORD);
      assertThat(driver.findElement(By.tagName("h1")).getText()).contains(name);
    }
  }

  @Test
  void enrol_thenSignInWithACode_thenWithARecoveryCode() {
    String name = Accounts.add(users, Accounts.unique("tess"), Role.USER);
    try (Chromium browser = Chromium.start()) {
      WebDriver driver = browser.driver;
      RealBrowserIT.signIn(browser, base, name, Accounts.PASSWORD);
      Enrolled enrolled = enrol(browser, true);
      AuthenticatorApp app = enrolled.app();
      List<String> recoveryCodes = enrolled.recoveryCodes();

      signOut(browser);
      password(browser, name);
      assertThat(driver.findElements(By.cssSelector("nav a[href='/profile']")))
          .as("the pending sign-in opens nothing")
          .isEmpty();
      browser.screenshot("two_factor_code");
      code(browser, app.wrongCode());
      browser.waiting().until(ExpectedConditions.urlToBe(base + "/login/2fa"));
      assertThat(RealBrowserIT.alerts(driver)).contains("That code is not right");
      CLOCK.advance(STEP);
      code(browser, app.code());
      browser.waiting().until(ExpectedConditions.urlToBe(base + "/dashboard"));
      assertThat(driver.findElement(By.tagName("h1")).getText()).contains(name);

      signOut(browser);
      password(browser, name);
      code(browser, recoveryCodes.get(0));
      browser.waiting().until(ExpectedConditions.urlToBe(base + "/dashboard"));
      driver.get(base + "/profile");
      assertThat(driver.findElement(By.id("profile-recovery-codes-left")).getText()).isEqualTo("9");

      signOut(browser);
      password(browser, name);
      code(browser, recoveryCodes.get(0));
      browser.waiting().until(ExpectedConditions.urlToBe(base + "/login/2fa"));
      assertThat(RealBrowserIT.alerts(driver))
          .as("a recovery code works once")
          .contains("That code is not right");
    }
  }
}
