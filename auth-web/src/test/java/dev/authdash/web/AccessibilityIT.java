package dev.authdash.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.authdash.core.testing.MutableClock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * axe-core over every page a person can reach, signed out, as a user and as an admin, at a desktop
 * width (1280×900) and a phone width (390×844), for WCAG 2.0/2.1 A and AA: any violation fails with
 * the rule, the elements and the help text. Engineers who add a page add it to {@link #PAGES}.
 *
 * <p>Runs on the test clock ({@link MutableClock}), so that the session warning and the expiry
 * dialog are reached by moving time, not by waiting for it.
 */
class AccessibilityIT {
  static final List<Dimension> WIDTHS = List.of(new Dimension(1280, 900), new Dimension(390, 844));

  /** Who looks at a page: the browser is signed in as this kind of person. */
  enum Who {
    VISITOR,
    USER,
    ADMIN
  }

  /** How the browser reaches a page (it is already signed in as the stop's {@link Who}). */
  @FunctionalInterface
  interface Route {
    void go(Tour tour);
  }

  /** One page (or one state of a page) to check. */
  record Stop(String name, Who who, Route route) {}

  static Stop visitor(String name, String path) {
    return new Stop(name, Who.VISITOR, t -> t.open(path));
  }

  static Stop user(String name, String path) {
    return new Stop(name, Who.USER, t -> t.open(path));
  }

  static Stop admin(String name, String path) {
    return new Stop(name, Who.ADMIN, t -> t.open(path));
  }

  /**
   * Every page a person can reach. Add yours here. The session dialogs come last: they move time.
   */
  static final List<Stop> PAGES =
      List.of(
          visitor("sign-in", "/"),
          new Stop("sign-in, failed", Who.VISITOR, Tour::failedSignIn),
          visitor("sign-in, after expiry", "/?expired=1"),
          visitor("registration", "/register"),
          new Stop("registration, refused", Who.VISITOR, Tour::refusedRegistration),
          new Stop("reset-password page", Who.VISITOR, t -> t.open(t.freshResetLink())),
          visitor("reset-password page, dead link", "/reset-password?token=no-such-token"),
          visitor("forgot password", "/forgot-password"),
          visitor("verify-email page, dead link", "/verify-email?token=no-such-token"),
          visitor("404 page", "/no/such/page"),
          visitor("405 page", "/logout"),
          new Stop("403 page, form expired", Who.VISITOR, Tour::formWithoutToken),
          new Stop("navigation menu, phone", Who.VISITOR, Tour::openPhoneMenu),
          new Stop("two-factor code page", Who.VISITOR, Tour::secondStepOfASignIn),
          user("dashboard (user)", "/dashboard"),
          user("profile (user)", "/profile"),
          user("delete account, confirmation", "/profile/delete"),
          new Stop(
              "delete account, wrong password",
              Who.USER,
              t ->
                  t.submitExpectingAlert(
                      "/profile/delete",
                      "/profile/delete",
                      Map.of("delete-password", "not the password at all"))),
          user("two-factor enrolment", "/profile/2fa"),
          user("403 page", "/admin/users"),
          new Stop("navigation menu, phone (user)", Who.USER, Tour::openPhoneMenu),
          new Stop("profile, a passkey listed", Who.USER, Tour::addAPasskey),
          new Stop("recovery codes, shown once", Who.USER, Tour::enrolUpToTheRecoveryCodes),
          user("two-factor settings, on", "/profile/2fa"),
          user("delete account, two-factor on", "/profile/delete"),
          admin("dashboard (admin)", "/dashboard"),
          admin("profile (admin)", "/profile"),
          admin("delete account, the owner refused", "/profile/delete"),
          admin("admin overview", "/admin"),
          user("403 page, overview", "/admin"),
          admin("admin panel", "/admin/users"),
          new Stop("admin panel, create form open", Who.ADMIN, Tour::openCreateForm),
          admin("admin panel, no match", "/admin/users?q=zzzz-nobody"),
          new Stop("admin user page", Who.ADMIN, t -> t.open("/admin/users/" + t.someUser)),
          new Stop("admin user page, two-factor on", Who.ADMIN, Tour::userWithTwoFactor),
          new Stop("admin user page, passkeys", Who.ADMIN, Tour::userWithAPasskey),
          admin("audit log", "/admin/audit"),
          new Stop("reset-link page", Who.ADMIN, Tour::issueResetLinkInThePage),
          new Stop("503 page", Who.ADMIN, Tour::storeOutage),
          new Stop("session warning dialog", Who.ADMIN, Tour::sessionWarning),
          new Stop("session expired dialog", Who.ADMIN, Tour::sessionExpired));

  @RegisterExtension
  static final BrowserDashboard app =
      BrowserDashboard.onTestClock(
          // Mail on (written to the log), so the sign-in page links to "forgot password".
          ClockedServer.withPublicUrl(
              ClockedServer.freePort(),
              Map.of(
                  "auth.session.idle-timeout",
                  "10m",
                  "auth.session.warning-before",
                  "60s",
                  "auth.mail.transport",
                  "log")));

  @Test
  void everyPage_atBothWidths_passesWcag21AA() {
    List<Axe.Violation> found = new ArrayList<>();
    int checked = 0;
    for (Who who : Who.values()) {
      List<Stop> stops = PAGES.stream().filter(s -> s.who() == who).toList();
      try (Chromium browser = Chromium.start()) {
        Tour tour = new Tour(browser, who);
        for (Stop stop : stops) {
          browser.driver.manage().window().setSize(WIDTHS.get(0));
          stop.route().go(tour);
          for (Dimension size : WIDTHS) {
            browser.driver.manage().window().setSize(size);
            found.addAll(Axe.check(browser.driver, stop.name() + " @" + size.getWidth()));
            checked++;
          }
        }
      }
    }
    String summary = found.isEmpty() ? "no violations" : Axe.report(found);
    writeReport(
        checked + " page views checked (" + PAGES.size() + " pages × 2 widths): " + summary);
    if (!found.isEmpty()) {
      fail(summary);
    }
  }

  private static void writeReport(String text) {
    try {
      Path folder = Path.of("target", "accessibility");
      Files.createDirectories(folder);
      Files.writeString(folder.resolve("axe-report.txt"), text + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One browser going round the pages as one kind of person. */
  static final class Tour {
    final Chromium browser;
    final String someUser;

    Tour(Chromium browser, Who who) {
      this.browser = browser;
      this.someUser = Accounts.user(app.users(), "axe");
      switch (who) {
        case VISITOR -> {}
        case USER -> browser.signIn(app.base(), someUser, Accounts.PASSWORD);
        case ADMIN -> browser.signIn(app.base(), Accounts.OWNER, Accounts.OWNER_PASSWORD);
      }
    }

    void open(String path) {
      browser.get(path.startsWith("http") ? path : app.base() + path);
    }

    void failedSignIn() {
      submitExpectingAlert(
          "/", "/login", Map.of("username", someUser, "password", "not the password at all"));
    }

    void refusedRegistration() {
      submitExpectingAlert(
          "/register",
          "/register",
          Map.of("username", someUser, "password", "short", "confirmPassword", "other"));
    }

    /**
     * Opens the page (null: stays on this one), fills in the form's fields by id, sends it and
     * waits for the message.
     */
    void submitExpectingAlert(String page, String action, Map<String, String> fields) {
      if (page != null) {
        open(page);
      }
      fields.forEach((id, value) -> browser.fill(id, value));
      browser.driver.findElement(By.cssSelector("form[action='" + action + "'] button")).click();
      browser
          .waiting()
          // A flash alert above the page, or a refused form's message beside its field.
          .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[role=alert]")));
    }

    /** A reset link for this tour's user, issued by the owner in a second browser. */
    String freshResetLink() {
      try (Chromium admin = Chromium.start()) {
        admin.signIn(app.base(), Accounts.OWNER, Accounts.OWNER_PASSWORD);
        return readResetLink(admin, someUser);
      }
    }

    void issueResetLinkInThePage() {
      readResetLink(browser, someUser);
    }

    private static String readResetLink(Chromium admin, String target) {
      admin.get(app.base() + "/admin/users/" + target);
      admin.driver.findElement(By.cssSelector("form[action$='/reset-link'] button")).click();
      admin.waiting().until(ExpectedConditions.alertIsPresent()).accept();
      admin.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("reset-link")));
      return admin.driver.findElement(By.id("reset-link")).getAttribute("value");
    }

    /**
     * Adds a passkey on the profile (a virtual authenticator) and opens its rename/remove forms.
     */
    void addAPasskey() {
      Passkeys.fingerprintReader(browser);
      Passkeys.add(browser, app.base(), "Work laptop");
      browser.clickInView(browser.driver.findElement(By.cssSelector("#passkey-list summary")));
    }

    /** The admin's page of a user who added a passkey (in a browser of their own). */
    void userWithAPasskey() {
      String name = Accounts.user(app.users(), "pk");
      try (Chromium own = Chromium.start()) {
        Passkeys.fingerprintReader(own);
        own.signIn(app.base(), name, Accounts.PASSWORD);
        Passkeys.add(own, app.base(), "Tablet");
      }
      open("/admin/users/" + name);
    }

    /** A user who turned two-factor sign-in on (in a browser of their own). */
    private static String enrolledUser() {
      String name = Accounts.user(app.users(), "mfa");
      try (Chromium own = Chromium.start()) {
        own.signIn(app.base(), name, Accounts.PASSWORD);
        TwoFactorEnrolment.start(own, app.base(), app.clock(), false);
        TwoFactorEnrolment.finish(own, app.base());
      }
      return name;
    }

    /** The right password of a user with two-factor sign-in: the page that asks for the code. */
    void secondStepOfASignIn() {
      String name = enrolledUser();
      open("/");
      browser.fill("username", name);
      browser.fill("password", Accounts.PASSWORD);
      browser.driver.findElement(By.cssSelector("form[action='/login'] button")).click();
      browser.waiting().until(ExpectedConditions.urlToBe(app.base() + "/login/2fa"));
    }

    void enrolUpToTheRecoveryCodes() {
      TwoFactorEnrolment.start(browser, app.base(), app.clock(), false);
    }

    /** The admin's page of a user with two-factor sign-in, with its reset. */
    void userWithTwoFactor() {
      open("/admin/users/" + enrolledUser());
      assertThat(browser.driver.findElements(By.cssSelector("form[action$='/2fa/reset']")))
          .isNotEmpty();
    }

    /** A form sent without its CSRF token (as after a very long pause): the 403 page. */
    void formWithoutToken() {
      open("/");
      ((JavascriptExecutor) browser.driver)
          .executeScript(
              "var f = document.querySelector(\"form[action='/login']\");"
                  + "f.querySelector(\"[name='csrfToken']\").remove(); f.submit();");
      browser.waiting().until(ExpectedConditions.titleContains("Form expired"));
    }

    /** At phone width the navigation folds behind a button: open it. */
    void openPhoneMenu() {
      open("/");
      browser.driver.manage().window().setSize(WIDTHS.get(1));
      browser.driver.findElement(By.cssSelector(".navbar-toggler")).click();
      browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("nav")));
      browser
          .waiting()
          .until(d -> !d.findElement(By.id("nav")).getAttribute("class").contains("collapsing"));
    }

    void openCreateForm() {
      open("/admin/users");
      browser.driver.findElement(By.cssSelector("[data-bs-target='#create']")).click();
      browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("new-username")));
    }

    void storeOutage() {
      TestPorts.SwitchableUserRepository switchable =
          (TestPorts.SwitchableUserRepository) app.users();
      switchable.setDown(true);
      try {
        open("/admin/users");
        assertThat(browser.driver.getTitle()).contains("unavailable");
      } finally {
        switchable.setDown(false);
      }
    }

    /** Moves time to 30 s before idle expiry and lets the page notice (as on focus). */
    void sessionWarning() {
      open("/dashboard");
      app.clock().advance(Duration.ofMinutes(10).minusSeconds(30));
      browser.untilThePageSees(By.id("session-stay"));
    }

    void sessionExpired() {
      app.clock().advance(Duration.ofMinutes(1));
      browser.untilThePageSees(By.id("session-expired-login"));
    }
  }
}
