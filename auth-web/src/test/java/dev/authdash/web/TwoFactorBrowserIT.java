package dev.authdash.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.authdash.core.model.Role;
import dev.authdash.core.port.out.UserRepository;
import dev.authdash.core.secrets.Totp;
import dev.authdash.core.testing.MutableClock;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
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
    browser.waiting().until(ExpectedConditions.stalenessOf(submit));
  }

  @Test
  void enrol_thenSignInWithACode_thenWithARecoveryCode() {
    String name = Accounts.add(users, Accounts.unique("tess"), Role.USER);
    try (Chromium browser = Chromium.start()) {
      WebDriver driver = browser.driver;
      RealBrowserIT.signIn(browser, base, name, Accounts.PASSWORD);
      driver.get(base + "/profile");
      driver.findElement(By.linkText("Turn on two-factor sign-in")).click();
      browser.waiting().until(ExpectedConditions.urlToBe(base + "/profile/2fa"));
      String shownKey = driver.findElement(By.id("totp-secret")).getText();
      assertThat(shownKey).matches("([A-Z2-7]{4} ){7}[A-Z2-7]{4}");
      assertThat(driver.findElement(By.cssSelector(".qr-code svg path")).getAttribute("d"))
          .startsWith("M");
      browser.screenshot("two_factor_enrol");

      AuthenticatorApp app = new AuthenticatorApp(shownKey, CLOCK);
      RealBrowserIT.fill(driver, "code", app.code());
      RealBrowserIT.fill(driver, "currentPassword", Accounts.PASSWORD);
      driver.findElement(By.cssSelector("form[action='/profile/2fa'] button[type=submit]")).click();
      browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("recovery-codes")));
      List<String> recoveryCodes =
          driver.findElements(By.cssSelector("#recovery-codes li")).stream()
              .map(WebElement::getText)
              .toList();
      assertThat(recoveryCodes).hasSize(10);
      browser.screenshot("recovery_codes");
      driver.findElement(By.linkText("I have saved them")).click();
      browser.waiting().until(ExpectedConditions.urlToBe(base + "/profile"));
      assertThat(driver.findElement(By.id("profile-recovery-codes-left")).getText())
          .isEqualTo("10");

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
