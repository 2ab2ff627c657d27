package dev.authdash.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The dashboard in a real browser (headless Chromium): registration, sign-in and out, promotion,
 * and a change of password seen from a second browser. Saves the screenshots the docs show.
 */
class RealBrowserIT {
  static final String NEW_PASSWORD = "amber falcon drifts over quiet meadows";
  private static EmbeddedServer server;
  private static String base;

  @BeforeAll
  static void start() {
    Chromium.requireInstalled();
    server = ApplicationContext.run(EmbeddedServer.class, Map.of(), "test", "browser");
    base = "http://localhost:" + server.getPort();
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.getApplicationContext().close();
    }
  }

  static void fill(WebDriver driver, String id, String value) {
    WebElement field = driver.findElement(By.id(id));
    field.clear();
    field.sendKeys(value);
  }

  static void signIn(Chromium browser, String base, String username, String password) {
    browser.get(base + "/");
    fill(browser.driver, "username", username);
    fill(browser.driver, "password", password);
    browser.driver.findElement(By.cssSelector("form[action='/login'] button[type=submit]")).click();
    browser.waiting().until(ExpectedConditions.urlToBe(base + "/dashboard"));
  }

  static void register(Chromium browser, String base, String username) {
    browser.get(base + "/register");
    fill(browser.driver, "username", username);
    fill(browser.driver, "password", Accounts.PASSWORD);
    fill(browser.driver, "confirmPassword", Accounts.PASSWORD);
    browser
        .driver
        .findElement(By.cssSelector("form[action='/register'] button[type=submit]"))
        .click();
    browser.waiting().until(ExpectedConditions.urlToBe(base + "/dashboard"));
  }

  static String alerts(WebDriver driver) {
    return String.join(
        " | ",
        driver.findElements(By.cssSelector(".flash-area .alert")).stream()
            .map(WebElement::getText)
            .toList());
  }

  @Test
  void register_dashboard_logout() {
    String name = Accounts.unique("rita");
    try (Chromium browser = Chromium.start()) {
      WebDriver driver = browser.get(base + "/");
      assertThat(driver.getTitle()).contains("Sign in");
      browser.screenshot("login");

      driver.findElement(By.linkText("Create one")).click();
      browser.waiting().until(ExpectedConditions.urlToBe(base + "/register"));
      fill(driver, "username", name);
      fill(driver, "password", Accounts.PASSWORD);
      fill(driver, "confirmPassword", Accounts.PASSWORD);
      driver.findElement(By.cssSelector("form[action='/register'] button[type=submit]")).click();

      browser.waiting().until(ExpectedConditions.urlToBe(base + "/dashboard"));
      assertThat(alerts(driver)).contains("Welcome, " + name + "!");
      assertThat(driver.findElement(By.tagName("h1")).getText()).contains(name);
      browser
          .waiting()
          .until(
              ExpectedConditions.textMatches(
                  By.id("session-time-left"), java.util.regex.Pattern.compile("\\d+:\\d\\d")));
      browser.screenshot("dashboard");

      driver.findElement(By.cssSelector("nav form[action='/logout'] button")).click();
      browser.waiting().until(ExpectedConditions.urlToBe(base + "/"));
      assertThat(alerts(driver)).contains("You have been logged out.");
      driver.get(base + "/dashboard");
      assertThat(driver.getCurrentUrl()).isEqualTo(base + "/");
    }
  }

  @Test
  void anAdminPromotesAUser_whoThenSeesTheAdminLink() {
    String name = Accounts.unique("sam");
    try (Chromium admin = Chromium.start();
        Chromium user = Chromium.start()) {
      register(user, base, name);
      assertThat(user.driver.findElements(By.linkText("Admin panel"))).isEmpty();

      signIn(admin, base, Accounts.OWNER, Accounts.OWNER_PASSWORD);
      admin.driver.findElement(By.linkText("Admin panel")).click();
      admin.waiting().until(ExpectedConditions.urlToBe(base + "/admin/users"));
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
      user.waiting().until(ExpectedConditions.urlToBe(base + "/admin/users"));
      assertThat(user.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Users");
    }
  }

  @Test
  void changingThePassword_signsOutTheSecondBrowser_andKeepsThisOne() {
    String name = Accounts.unique("tess");
    try (Chromium here = Chromium.start();
        Chromium there = Chromium.start()) {
      register(here, base, name);
      signIn(there, base, name, Accounts.PASSWORD);

      here.driver.findElement(By.linkText("Profile")).click();
      here.waiting().until(ExpectedConditions.urlToBe(base + "/profile"));
      List<WebElement> rows = here.driver.findElements(By.cssSelector("table.sessions tbody tr"));
      assertThat(rows).hasSize(2);
      assertThat(here.driver.findElement(By.cssSelector("table.sessions")).getText())
          .contains("Chrome on Linux", "this session");
      here.screenshot("profile");

      fill(here.driver, "currentPassword", Accounts.PASSWORD);
      fill(here.driver, "newPassword", NEW_PASSWORD);
      fill(here.driver, "confirmPassword", NEW_PASSWORD);
      WebElement change =
          here.driver.findElement(By.cssSelector("form[action='/profile/password'] button"));
      // The profile is taller than the window now (two-factor card): bring the button into view
      // as a person would scroll to it (at once: Bootstrap makes scrolling smooth, and a click
      // during the animation lands on a stale point).
      here.driver.executeScript(
          "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", change);
      change.click();
      here.waiting()
          .until(
              ExpectedConditions.textToBePresentInElementLocated(
                  By.cssSelector(".flash-area"), "1 other session signed out."));
      assertThat(here.driver.findElements(By.cssSelector("table.sessions tbody tr"))).hasSize(1);

      there.driver.get(base + "/profile");
      assertThat(there.driver.getCurrentUrl()).isEqualTo(base + "/");
      fill(there.driver, "username", name);
      fill(there.driver, "password", NEW_PASSWORD);
      there.driver.findElement(By.cssSelector("form[action='/login'] button[type=submit]")).click();
      there
          .waiting()
          .withMessage("back to the page first asked for")
          .until(ExpectedConditions.urlToBe(base + "/profile"));
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
      register(holder, base, name);
      holder.driver.manage().deleteAllCookies();

      signIn(admin, base, Accounts.OWNER, Accounts.OWNER_PASSWORD);
      admin.get(base + "/admin/users?q=" + name);
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
      assertThat(link).startsWith(base + "/reset-password?token=");

      holder.get(link);
      holder.waiting().until(ExpectedConditions.urlToBe(base + "/reset-password"));
      assertThat(holder.driver.getCurrentUrl())
          .as("the token left the address")
          .doesNotContain("token");
      fill(holder.driver, "newPassword", NEW_PASSWORD);
      fill(holder.driver, "confirmPassword", NEW_PASSWORD);
      holder.screenshot("reset_password");
      holder
          .driver
          .findElement(By.cssSelector("form[action='/reset-password'] button[type=submit]"))
          .click();
      holder.waiting().until(ExpectedConditions.urlToBe(base + "/"));
      assertThat(alerts(holder.driver)).contains("Your password has been reset");

      signIn(holder, base, name, NEW_PASSWORD);
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
      WebDriver driver = browser.get(base + "/");
      fill(driver, "username", name);
      fill(driver, "password", "not the password");
      driver.findElement(By.cssSelector("form[action='/login'] button[type=submit]")).click();
      browser
          .waiting()
          .until(
              ExpectedConditions.textToBePresentInElementLocated(
                  By.cssSelector(".flash-area"), "Invalid username or password"));
      assertThat(driver.findElement(By.id("username")).getAttribute("value")).isEqualTo(name);
      assertThat(driver.findElement(By.id("password")).getAttribute("value")).isEmpty();
      assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("password");

      driver.get(base + "/register");
      fill(driver, "username", name);
      fill(driver, "password", Accounts.PASSWORD);
      fill(driver, "confirmPassword", "something else entirely");
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
      fill(driver, "username", Accounts.OWNER);
      fill(driver, "password", Accounts.PASSWORD);
      fill(driver, "confirmPassword", Accounts.PASSWORD);
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
      signIn(admin, base, Accounts.OWNER, Accounts.OWNER_PASSWORD);
      admin.get(base + "/admin/users");
      admin.driver.findElement(By.cssSelector("button[aria-controls='create']")).click();
      admin.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("new-username")));
      fill(admin.driver, "new-username", Accounts.OWNER);
      fill(admin.driver, "new-password", Accounts.PASSWORD);
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
      assertThat(alerts(admin.driver)).as("the error is in the form, not above the page").isEmpty();
      admin.screenshot("admin_create_refused");

      String name = Accounts.unique("wes");
      fill(admin.driver, "new-username", name);
      fill(admin.driver, "new-password", "aaaaaaaaaaaaaaaa");
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
      register(here, base, name);
      signIn(there, base, name, Accounts.PASSWORD);

      here.get(base + "/profile");
      // POST /profile/sessions/{handle}/revoke: the other session's row
      here.driver
          .findElement(By.cssSelector("table.sessions tbody tr:not(.table-info) form button"))
          .click();
      here.waiting().until(ExpectedConditions.alertIsPresent()).accept();
      here.waiting()
          .until(
              ExpectedConditions.numberOfElementsToBe(
                  By.cssSelector("table.sessions tbody tr"), 1));

      there.get(base + "/dashboard");
      there.waiting().until(ExpectedConditions.urlToBe(base + "/"));
      assertThat(alerts(there.driver)).isEqualTo("You were signed out from another device.");
      there.screenshot("signed_out_elsewhere");
      there.driver.navigate().refresh();
      assertThat(alerts(there.driver)).as("told once").isEmpty();
    }
  }

  @Test
  void signingOutAllOtherSessions_leavesOnlyThisOne_andTellsTheOthersWhy() {
    String name = Accounts.unique("yan");
    try (Chromium here = Chromium.start();
        Chromium there = Chromium.start();
        Chromium third = Chromium.start()) {
      register(here, base, name);
      signIn(there, base, name, Accounts.PASSWORD);
      signIn(third, base, name, Accounts.PASSWORD);

      here.get(base + "/profile");
      WebElement button =
          here.driver.findElement(
              By.cssSelector("form[action='/profile/sessions/revoke-others'] button"));
      ((JavascriptExecutor) here.driver)
          .executeScript(
              "arguments[0].scrollIntoView({block:'center', behavior:'instant'})", button);
      button.click();
      here.waiting().until(ExpectedConditions.alertIsPresent()).accept();
      here.waiting()
          .until(
              ExpectedConditions.numberOfElementsToBe(
                  By.cssSelector("table.sessions tbody tr"), 1));
      assertThat(here.driver.getCurrentUrl()).isEqualTo(base + "/profile");

      assertToldWhy(there);
      assertToldWhy(third);
      here.get(base + "/dashboard");
      assertThat(here.driver.getCurrentUrl()).as("this one stays").isEqualTo(base + "/dashboard");
    }
  }

  private static void assertToldWhy(Chromium signedOut) {
    signedOut.get(base + "/dashboard");
    signedOut.waiting().until(ExpectedConditions.urlToBe(base + "/"));
    assertThat(alerts(signedOut.driver)).isEqualTo("You were signed out from another device.");
  }
}
