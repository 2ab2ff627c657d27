package dev.authdash.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.authdash.core.model.MailMessage;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
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
      browser.fill("username", name);
      browser.fill("email", first.toUpperCase(java.util.Locale.ROOT));
      browser.fill("password", Accounts.PASSWORD);
      browser.fill("confirmPassword", Accounts.PASSWORD);
      browser.submit("/register");
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
      assertThat(browser.alerts()).contains("Your email address is confirmed.");
      assertThat(driver.findElement(By.id("email-state")).getText())
          .contains(first)
          .contains("verified")
          .doesNotContain("not verified");
      browser.screenshot("profile_email");

      driver.get(link);
      assertThat(driver.getPageSource()).contains("invalid, has already been used");

      driver.get(app.base + "/profile");
      browser.fill("new-email", second);
      browser.fill("email-password", "not the password at all");
      browser.submit("/profile/email");
      assertThat(browser.alerts()).contains("Current password is incorrect.");

      browser.fill("new-email", second);
      browser.fill("email-password", Accounts.PASSWORD);
      browser.submit("/profile/email");
      assertThat(browser.alerts()).contains("We sent a link to " + second);
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

      browser.fill("currentPassword", Accounts.PASSWORD);
      browser.fill("newPassword", Accounts.NEW_PASSWORD);
      browser.fill("confirmPassword", Accounts.NEW_PASSWORD);
      browser.submit("/profile/password");
      assertThat(browser.alerts()).contains("Your password has been changed.");
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
      browser.fill("username", Accounts.unique("max"));
      browser.fill("email", "not an address");
      browser.fill("password", Accounts.PASSWORD);
      browser.fill("confirmPassword", Accounts.PASSWORD);
      browser.submit("/register");

      browser.waiting().until(ExpectedConditions.urlToBe(app.base + "/register"));
      assertThat(browser.alerts() + driver.getPageSource()).contains("Enter a valid email address");
    }
  }
}
