package dev.authdash.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Turning two-factor sign-in on in Chromium as a person does: the key read from the page into an
 * authenticator app on the server's clock, a code and the password typed, the recovery codes read
 * from the page that shows them once.
 */
record TwoFactorEnrolment(AuthenticatorApp app, List<String> recoveryCodes) {

  /**
   * Enrols the signed-in browser's user up to the page that shows the recovery codes once: reads
   * the key from the page, types a code computed with the server's clock and the password.
   */
  static TwoFactorEnrolment start(Chromium browser, String base, Clock clock, boolean screenshots) {
    WebDriver driver = browser.driver;
    driver.get(base + "/profile");
    browser.clickInView(driver.findElement(By.linkText("Turn on two-factor sign-in")));
    browser.waiting().until(ExpectedConditions.urlToBe(base + "/profile/2fa"));
    String shownKey = driver.findElement(By.id("totp-secret")).getText();
    assertThat(shownKey).matches("([A-Z2-7]{4} ){7}[A-Z2-7]{4}");
    assertThat(driver.findElement(By.cssSelector(".qr-code svg path")).getAttribute("d"))
        .startsWith("M");
    if (screenshots) {
      browser.screenshot("two_factor_enrol");
    }
    AuthenticatorApp app = new AuthenticatorApp(shownKey, clock);
    browser.fill("code", app.code());
    browser.fill("currentPassword", Accounts.PASSWORD);
    driver.findElement(By.cssSelector("form[action='/profile/2fa'] button[type=submit]")).click();
    List<String> recoveryCodes = shownRecoveryCodes(browser);
    if (screenshots) {
      browser.screenshot("recovery_codes");
    }
    return new TwoFactorEnrolment(app, recoveryCodes);
  }

  /** From the recovery codes page ("I have saved them") back to the profile. */
  static void finish(Chromium browser, String base) {
    browser.driver.findElement(By.linkText("I have saved them")).click();
    browser.waiting().until(ExpectedConditions.urlToBe(base + "/profile"));
    assertThat(browser.driver.findElement(By.id("profile-recovery-codes-left")).getText())
        .isEqualTo("10");
  }

  /** The ten recovery codes on the page that shows them once. */
  static List<String> shownRecoveryCodes(Chromium browser) {
    browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("recovery-codes")));
    List<String> codes =
        browser.driver.findElements(By.cssSelector("#recovery-codes li")).stream()
            .map(WebElement::getText)
            .toList();
    assertThat(codes).hasSize(10);
    return codes;
  }
}
