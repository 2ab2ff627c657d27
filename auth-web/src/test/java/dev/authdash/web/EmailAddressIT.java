package dev.authdash.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.authdash.core.model.MailMessage;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Email addresses in a real browser, with GreenMail as the mail server: an address given at
 * registration and confirmed by its link, a change in the profile (password needed, the old address
 * told once the new one is confirmed), and the "password changed" notice.
 */
class EmailAddressIT {
  private static MailedDashboard app;

  @BeforeAll
  static void start() {
    app = MailedDashboard.start();
  }

  @AfterAll
  static void stop() {
    if (app != null) {
      app.close();
    }
  }

  private static void submit(Chromium browser, String formAction) {
    WebElement button =
        browser.driver.findElement(By.cssSelector("form[action='" + formAction + "'] button"));
    ((JavascriptExecutor) browser.driver)
        .executeScript("arguments[0].scrollIntoView({block:'center', behavior:'instant'})", button);
    button.click();
    browser.waitUntilGone(button);
  }

  private static MailMessage onlyMailTo(String address) throws Exception {
    app.settle();
    List<MailMessage> mails = app.mailTo(address);
    assertThat(mails).as("mail to " + address).hasSize(1);
    return mails.get(0);
  }

  @Test
  void registerWithAnAddress_confirmIt_changeIt_andGetTheNotices() throws Exception {
    String name = Accounts.unique("lea");
    String first = name + "@example.com";
    String second = name + "@example.org";
    try (Chromium browser = Chromium.start()) {
      WebDriver driver = browser.get(app.base + "/register");
      RealBrowserIT.fill(driver, "username", name);
      RealBrowserIT.fill(driver, "email", first.toUpperCase(java.util.Locale.ROOT));
      RealBrowserIT.fill(driver, "password", Accounts.PASSWORD);
      RealBrowserIT.fill(driver, "confirmPassword", Accounts.PASSWORD);
      submit(browser, "/register");
      browser.waiting().until(ExpectedConditions.urlToBe(app.base + "/dashboard"));

      MailMessage confirm = onlyMailTo(first);
      assertThat(confirm.subject()).isEqualTo("Confirm your email address for Test Site");
      String link = MailedDashboard.linkIn(confirm, "/verify-email");
      assertThat(link).startsWith(app.base + "/verify-email?token=");

      driver.get(app.base + "/profile");
      assertThat(driver.findElement(By.id("email-state")).getText())
          .contains(first)
          .contains("not verified");

      driver.get(link);
      browser.waiting().until(ExpectedConditions.urlToBe(app.base + "/profile"));
      assertThat(RealBrowserIT.alerts(driver)).contains("Your email address is confirmed.");
      assertThat(driver.findElement(By.id("email-state")).getText())
          .contains(first)
          .contains("verified")
          .doesNotContain("not verified");
      browser.screenshot("profile_email");

      driver.get(link);
      assertThat(driver.getPageSource()).contains("invalid, has already been used");

      driver.get(app.base + "/profile");
      RealBrowserIT.fill(driver, "new-email", second);
      RealBrowserIT.fill(driver, "email-password", "not the password at all");
      submit(browser, "/profile/email");
      assertThat(RealBrowserIT.alerts(driver)).contains("Current password is incorrect.");

      RealBrowserIT.fill(driver, "new-email", second);
      RealBrowserIT.fill(driver, "email-password", Accounts.PASSWORD);
      submit(browser, "/profile/email");
      assertThat(RealBrowserIT.alerts(driver)).contains("We sent a link to " + second);
      assertThat(driver.findElement(By.id("email-pending")).getText()).contains(second);
      assertThat(driver.findElement(By.id("email-state")).getText()).contains(first);

      driver.get(MailedDashboard.linkIn(onlyMailTo(second), "/verify-email"));
      browser.waiting().until(ExpectedConditions.urlToBe(app.base + "/profile"));
      assertThat(driver.findElement(By.id("email-state")).getText()).contains(second);
      app.settle();
      List<MailMessage> toOld = app.mailTo(first);
      assertThat(toOld).hasSize(2);
      assertThat(toOld.get(1).subject()).isEqualTo("Your Test Site email address was changed");
      assertThat(toOld.get(1).text())
          .contains("was changed to " + name.charAt(0) + "***@example.org");

      RealBrowserIT.fill(driver, "currentPassword", Accounts.PASSWORD);
      RealBrowserIT.fill(driver, "newPassword", ForgotPasswordIT.NEW_PASSWORD);
      RealBrowserIT.fill(driver, "confirmPassword", ForgotPasswordIT.NEW_PASSWORD);
      submit(browser, "/profile/password");
      assertThat(RealBrowserIT.alerts(driver)).contains("Your password has been changed.");
      app.settle();
      List<MailMessage> toNew = app.mailTo(second);
      assertThat(toNew).hasSize(2);
      assertThat(toNew.get(1).subject()).isEqualTo("Your Test Site password was changed");
      assertThat(toNew.get(1).text()).contains("(in your profile)");
    }
  }

  @Test
  void aMalformedAddressAtRegistration_isRefusedWithAMessage_notA500() {
    try (Chromium browser = Chromium.start()) {
      WebDriver driver = browser.get(app.base + "/register");
      RealBrowserIT.fill(driver, "username", Accounts.unique("max"));
      RealBrowserIT.fill(driver, "email", "not an address");
      RealBrowserIT.fill(driver, "password", Accounts.PASSWORD);
      RealBrowserIT.fill(driver, "confirmPassword", Accounts.PASSWORD);
      submit(browser, "/register");

      browser.waiting().until(ExpectedConditions.urlToBe(app.base + "/register"));
      assertThat(RealBrowserIT.alerts(driver) + driver.getPageSource())
          .contains("Enter a valid email address");
    }
  }
}
