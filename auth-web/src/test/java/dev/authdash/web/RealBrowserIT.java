package dev.authdash.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The dashboard in a real browser (headless Chromium): registration, sign-in and out, promotion,
 * and a change of password seen from a second browser. Saves the screenshots the docs show.
 */
class RealBrowserIT {
  @RegisterExtension static final BrowserDashboard app = BrowserDashboard.onRealClock();

  @Test
  void register_dashboard_logout() {
    String name = Accounts.unique("rita");
    try (Chromium browser = Chromium.start()) {
      WebDriver driver = browser.get(app.base() + "/");
      assertThat(driver.getTitle()).contains("Sign in");
      browser.screenshot("login");

      driver.findElement(By.linkText("Create one")).click();
      browser.waiting().until(ExpectedConditions.urlToBe(app.base() + "/register"));
      browser.fill("username", name);
      browser.fill("password", Accounts.PASSWORD);
      browser.fill("confirmPassword", Accounts.PASSWORD);
      driver.findElement(By.cssSelector("form[action='/register'] button[type=submit]")).click();

      browser.waiting().until(ExpectedConditions.urlToBe(app.base() + "/dashboard"));
      assertThat(browser.alerts()).contains("Welcome, " + name + "!");
      assertThat(driver.findElement(By.tagName("h1")).getText()).contains(name);
      browser
          .waiting()
          .until(
              ExpectedConditions.textMatches(
                  By.id("session-time-left"), java.util.regex.Pattern.compile("\\d+:\\d\\d")));
      browser.screenshot("dashboard");

      driver.findElement(By.cssSelector("nav form[action='/logout'] button")).click();
      browser.waiting().until(ExpectedConditions.urlToBe(app.base() + "/"));
      assertThat(browser.alerts()).contains("You have been logged out.");
      driver.get(app.base() + "/dashboard");
      assertThat(driver.getCurrentUrl()).isEqualTo(app.base() + "/");
    }
  }

  @Test
  void anAdminPromotesAUser_whoThenSeesTheAdminLink() {
    String name = Accounts.unique("sam");
    try (Chromium admin = Chromium.start();
        Chromium user = Chromium.start()) {
      user.register(app.base(), name);
      assertThat(user.driver.findElements(By.linkText("Admin panel"))).isEmpty();

      admin.signIn(app.base(), Accounts.OWNER, Accounts.OWNER_PASSWORD);
      admin.driver.findElement(By.linkText("Admin panel")).click();
      admin.waiting().until(ExpectedConditions.urlToBe(app.base() + "/admin/users"));
      admin.screenshot("admin_panel");
      admin
          .driver
          .findElement(
              By.cssSelector("tr[data-user='" + name + "'] form[action$='/promote'] button"))
          .click();
      admin
          .waiting()
          .until(
              ExpectedConditions.textToBePresentInElementLocated(
                  By.cssSelector(".flash-area"), name + " is now ADMIN."));

      user.driver.navigate().refresh();
      assertThat(user.driver.findElements(By.linkText("Admin panel"))).hasSize(1);
      user.driver.findElement(By.linkText("Admin panel")).click();
      user.waiting().until(ExpectedConditions.urlToBe(app.base() + "/admin/users"));
      assertThat(user.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Users");
    }
  }

  @Test
  void changingThePassword_signsOutTheSecondBrowser_andKeepsThisOne() {
    String name = Accounts.unique("tess");
    try (Chromium here = Chromium.start();
        Chromium there = Chromium.start()) {
      here.register(app.base(), name);
      there.signIn(app.base(), name, Accounts.PASSWORD);

      here.driver.findElement(By.linkText("Profile")).click();
      here.waiting().until(ExpectedConditions.urlToBe(app.base() + "/profile"));
      List<WebElement> rows = here.driver.findElements(By.cssSelector("table.sessions tbody tr"));
      assertThat(rows).hasSize(2);
      assertThat(here.driver.findElement(By.cssSelector("table.sessions")).getText())
          .contains("Chrome on Linux", "this session");
      here.screenshot("profile");

      here.fill("currentPassword", Accounts.PASSWORD);
      here.fill("newPassword", Accounts.NEW_PASSWORD);
      here.fill("confirmPassword", Accounts.NEW_PASSWORD);
      WebElement change =
          here.driver.findElement(By.cssSelector("form[action='/profile/password'] button"));
      // The profile is taller than the window now (two-factor card): the button is scrolled to.
      here.clickInView(change);
      here.waitUntilGone(change);
      here.waiting()
          .until(
              ExpectedConditions.textToBePresentInElementLocated(
                  By.cssSelector(".flash-area"), "1 other session signed out."));
      assertThat(here.driver.findElements(By.cssSelector("table.sessions tbody tr"))).hasSize(1);

      there.driver.get(app.base() + "/profile");
      assertThat(there.driver.getCurrentUrl()).isEqualTo(app.base() + "/");
      there.fill("username", name);
      there.fill("password", Accounts.NEW_PASSWORD);
      there.driver.findElement(By.cssSelector("form[action='/login'] button[type=submit]")).click();
      there
          .waiting()
          .withMessage("back to the page first asked for")
          .until(ExpectedConditions.urlToBe(app.base() + "/profile"));
    }
  }

  /**
   * The whole reset flow as people do it: the admin issues a link in one browser, the user opens it
   * in another, chooses a password, and signs in with it; the link is dead afterwards. (Under a
   * no-referrer policy Chromium posted this form with Origin: null and got an empty 403.)
   */
  @Test
  void aResetLinkFromTheAdmin_setsANewPasswordInAnotherBrowser_andThenIsDead() {
    String name = Accounts.unique("uma");
    try (Chromium admin = Chromium.start();
        Chromium holder = Chromium.start()) {
      holder.register(app.base(), name);
      holder.driver.manage().deleteAllCookies();

      admin.signIn(app.base(), Accounts.OWNER, Accounts.OWNER_PASSWORD);
      admin.get(app.base() + "/admin/users?q=" + name);
      admin
          .driver
          .findElement(
              By.cssSelector("tr[data-user='" + name + "'] form[action$='/reset-link'] button"))
          .click();
      admin.waiting().until(ExpectedConditions.alertIsPresent()).accept();
      String link =
          admin
              .waiting()
              .until(ExpectedConditions.visibilityOfElementLocated(By.id("reset-link")))
              .getAttribute("value");
      assertThat(link).startsWith(app.base() + "/reset-password?token=");

      holder.get(link);
      holder.waiting().until(ExpectedConditions.urlToBe(app.base() + "/reset-password"));
      assertThat(holder.driver.getCurrentUrl())
          .as("the token left the address")
          .doesNotContain("token");
      holder.fill("newPassword", Accounts.NEW_PASSWORD);
      holder.fill("confirmPassword", Accounts.NEW_PASSWORD);
      holder.screenshot("reset_password");
      holder
          .driver
          .findElement(By.cssSelector("form[action='/reset-password'] button[type=submit]"))
          .click();
      holder.waiting().until(ExpectedConditions.urlToBe(app.base() + "/"));
      assertThat(holder.alerts()).contains("Your password has been reset");

      holder.signIn(app.base(), name, Accounts.NEW_PASSWORD);
      assertThat(holder.driver.findElement(By.tagName("h1")).getText()).contains(name);

      holder.get(link);
      assertThat(holder.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Link not valid");
      assertThat(holder.driver.getPageSource()).contains("already been used");
    }
  }

  /** Refused forms come back as they were sent: what was typed (never a password) and the error. */
  @Test
  void refusedForms_keepWhatWasTyped_andShowTheErrorNextToTheField() {
    String name = Accounts.unique("vic");
    try (Chromium browser = Chromium.start()) {
      WebDriver driver = browser.get(app.base() + "/");
      browser.fill("username", name);
      browser.fill("password", "not the password");
      driver.findElement(By.cssSelector("form[action='/login'] button[type=submit]")).click();
      browser
          .waiting()
          .until(
              ExpectedConditions.textToBePresentInElementLocated(
                  By.cssSelector(".flash-area"), "Invalid username or password"));
      assertThat(driver.findElement(By.id("username")).getAttribute("value")).isEqualTo(name);
      assertThat(driver.findElement(By.id("password")).getAttribute("value")).isEmpty();
      assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("password");

      driver.get(app.base() + "/register");
      browser.fill("username", name);
      browser.fill("password", Accounts.PASSWORD);
      browser.fill("confirmPassword", "something else entirely");
      driver.findElement(By.cssSelector("form[action='/register'] button[type=submit]")).click();
      WebElement mismatch =
          browser
              .waiting()
              .until(ExpectedConditions.visibilityOfElementLocated(By.id("confirmPassword-error")));
      assertThat(mismatch.getText()).isEqualTo("The passwords do not match.");
      assertThat(driver.findElement(By.id("username")).getAttribute("value")).isEqualTo(name);
      assertThat(driver.findElement(By.id("password")).getAttribute("value")).isEmpty();
      assertThat(driver.findElement(By.id("confirmPassword")).getAttribute("class"))
          .contains("is-invalid");
      browser.fill("username", Accounts.OWNER);
      browser.fill("password", Accounts.PASSWORD);
      browser.fill("confirmPassword", Accounts.PASSWORD);
      driver.findElement(By.cssSelector("form[action='/register'] button[type=submit]")).click();
      WebElement taken =
          browser
              .waiting()
              .until(ExpectedConditions.visibilityOfElementLocated(By.id("username-error")));
      assertThat(taken.getText()).contains("already exists");
      assertThat(driver.findElement(By.id("username")).getAttribute("value"))
          .isEqualTo(Accounts.OWNER);
    }
  }

  @Test
  void theAdminsCreateForm_staysOpenAfterARefusal_withTheUsernameKept_andTheErrorBesideIt() {
    try (Chromium admin = Chromium.start()) {
      admin.signIn(app.base(), Accounts.OWNER, Accounts.OWNER_PASSWORD);
      admin.get(app.base() + "/admin/users");
      admin.driver.findElement(By.cssSelector("button[aria-controls='create']")).click();
      admin.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("new-username")));
      admin.fill("new-username", Accounts.OWNER);
      admin.fill("new-password", Accounts.PASSWORD);
      new org.openqa.selenium.support.ui.Select(admin.driver.findElement(By.id("new-role")))
          .selectByValue("ADMIN");
      admin
          .driver
          .findElement(By.cssSelector("form[action='/admin/users'] button[type=submit]"))
          .click();
      WebElement error =
          admin
              .waiting()
              .until(ExpectedConditions.visibilityOfElementLocated(By.id("new-username-error")));
      assertThat(error.getText()).contains("already exists");
      assertThat(admin.driver.findElement(By.id("create")).getAttribute("class")).contains("show");
      assertThat(admin.driver.findElement(By.id("new-username")).getAttribute("value"))
          .isEqualTo(Accounts.OWNER);
      assertThat(admin.driver.findElement(By.id("new-password")).getAttribute("value")).isEmpty();
      assertThat(admin.driver.findElement(By.id("new-role")).getAttribute("value"))
          .isEqualTo("ADMIN");
      assertThat(admin.alerts()).as("the error is in the form, not above the page").isEmpty();
      admin.screenshot("admin_create_refused");

      String name = Accounts.unique("wes");
      admin.fill("new-username", name);
      admin.fill("new-password", "aaaaaaaaaaaaaaaa");
      admin
          .driver
          .findElement(By.cssSelector("form[action='/admin/users'] button[type=submit]"))
          .click();
      WebElement weak =
          admin
              .waiting()
              .until(ExpectedConditions.visibilityOfElementLocated(By.id("new-password-error")));
      assertThat(weak.getText()).isNotBlank();
      assertThat(admin.driver.findElement(By.id("new-username")).getAttribute("value"))
          .isEqualTo(name);
    }
  }

  @Test
  void aBrowserWhoseSessionWasRevokedElsewhere_isToldWhyOnce() {
    String name = Accounts.unique("zoe");
    try (Chromium here = Chromium.start();
        Chromium there = Chromium.start()) {
      here.register(app.base(), name);
      there.signIn(app.base(), name, Accounts.PASSWORD);

      here.get(app.base() + "/profile");
      // POST /profile/sessions/{handle}/revoke: the other session's row
      here.clickConfirming(
          here.driver.findElement(
              By.cssSelector("table.sessions tbody tr:not(.table-info) form button")));
      here.waiting()
          .until(
              ExpectedConditions.numberOfElementsToBe(
                  By.cssSelector("table.sessions tbody tr"), 1));

      there.get(app.base() + "/dashboard");
      there.waiting().until(ExpectedConditions.urlToBe(app.base() + "/"));
      assertThat(there.alerts()).isEqualTo("You were signed out from another device.");
      there.screenshot("signed_out_elsewhere");
      there.driver.navigate().refresh();
      assertThat(there.alerts()).as("told once").isEmpty();
    }
  }

  @Test
  void signingOutAllOtherSessions_leavesOnlyThisOne_andTellsTheOthersWhy() {
    String name = Accounts.unique("yan");
    try (Chromium here = Chromium.start();
        Chromium there = Chromium.start();
        Chromium third = Chromium.start()) {
      here.register(app.base(), name);
      there.signIn(app.base(), name, Accounts.PASSWORD);
      third.signIn(app.base(), name, Accounts.PASSWORD);

      here.get(app.base() + "/profile");
      WebElement button =
          here.driver.findElement(
              By.cssSelector("form[action='/profile/sessions/revoke-others'] button"));
      here.clickConfirming(button);
      here.waiting()
          .until(
              ExpectedConditions.numberOfElementsToBe(
                  By.cssSelector("table.sessions tbody tr"), 1));
      assertThat(here.driver.getCurrentUrl()).isEqualTo(app.base() + "/profile");

      assertToldWhy(there);
      assertToldWhy(third);
      here.get(app.base() + "/dashboard");
      assertThat(here.driver.getCurrentUrl())
          .as("this one stays")
          .isEqualTo(app.base() + "/dashboard");
    }
  }

  private static void assertToldWhy(Chromium signedOut) {
    signedOut.get(app.base() + "/dashboard");
    signedOut.waiting().until(ExpectedConditions.urlToBe(app.base() + "/"));
    assertThat(signedOut.alerts()).isEqualTo("You were signed out from another device.");
  }
}
