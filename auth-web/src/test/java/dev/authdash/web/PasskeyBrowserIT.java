package dev.authdash.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.authdash.core.AuthCore;
import dev.authdash.core.model.Actor;
import dev.authdash.core.model.AuditEvent;
import dev.authdash.core.model.AuditEventType;
import dev.authdash.core.model.AuditQuery;
import dev.authdash.core.model.ClientInfo;
import dev.authdash.core.model.Enrolment;
import dev.authdash.core.model.PageRequest;
import dev.authdash.core.model.Password;
import dev.authdash.core.port.in.SecondFactorCommand;
import dev.authdash.core.secrets.Totp;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Passkeys in a real browser: headless Chromium with Selenium's virtual authenticator (CTAP2, an
 * internal platform authenticator with resident keys and user verification) stands in for a
 * fingerprint reader. Add a passkey on the profile, sign out, sign in with it and no username; use
 * it as the second factor; rename and remove it, after which it signs nobody in. The dashboard's
 * public URL is its localhost address, so the relying-party id is {@code localhost}. The page's
 * script posts to POST /profile/passkeys/options, /login/2fa/passkey/options and /login/2fa/passkey
 * (and the other passkey routes) as a person's clicks drive it.
 */
class PasskeyBrowserIT {
  @RegisterExtension static final BrowserDashboard app = BrowserDashboard.withPublicUrl();

  /** Clicks "Sign in with a passkey" on the login page and waits for the answer page. */
  private static void passkeySignIn(Chromium browser) {
    browser.get(app.base() + "/");
    WebElement button =
        browser.driver.findElement(By.cssSelector("#passkey-sign-in button[type=submit]"));
    browser.clickInView(button);
    browser.waitUntilGone(button);
  }

  private static Optional<AuditEvent> lastEvent(String name, AuditEventType type) {
    return app
        .bean(AuthCore.class)
        .readAuditLog()
        .readAuditLog(
            Actor.operator("test"),
            new AuditQuery(
                Optional.of(name), Optional.of(type), Optional.empty(), PageRequest.first(1)))
        .items()
        .stream()
        .findFirst();
  }

  @Test
  void aPasskey_signsInWithoutAUsername_andOnceRemoved_signsNobodyIn() {
    String name = Accounts.user(app.users(), "pia");
    try (Chromium browser = Chromium.start()) {
      WebDriver driver = browser.driver;
      Passkeys.fingerprintReader(browser);
      browser.signIn(app.base(), name, Accounts.PASSWORD);

      Passkeys.add(browser, app.base(), "  Work   laptop ");
      assertThat(driver.findElements(By.cssSelector("#passkey-list .passkey-label")))
          .extracting(WebElement::getText)
          .containsExactly("Work laptop");
      assertThat(driver.findElement(By.cssSelector(".passkey-last-used")).getText())
          .isEqualTo("never");
      assertThat(lastEvent(name, AuditEventType.PASSKEY_ADDED)).isPresent();
      ((JavascriptExecutor) driver)
          .executeScript(
              "document.getElementById('passkeys')"
                  + ".scrollIntoView({block:'center', behavior:'instant'})");
      browser.screenshot("passkeys_profile");

      browser.signOut(app.base());
      browser.screenshot("passkey_sign_in");
      passkeySignIn(browser);
      browser.waiting().until(ExpectedConditions.urlToBe(app.base() + "/dashboard"));
      assertThat(driver.findElement(By.tagName("nav")).getText()).contains(name);
      assertThat(lastEvent(name, AuditEventType.LOGIN_SUCCEEDED).orElseThrow().detail())
          .isEqualTo("passkey");

      // POST /profile/passkeys/{id}/rename
      driver.get(app.base() + "/profile");
      assertThat(driver.findElement(By.cssSelector(".passkey-last-used")).getText())
          .isNotEqualTo("never");
      browser.clickInView(driver.findElement(By.cssSelector("#passkey-list details summary")));
      browser.fill("rename-0", "Old laptop");
      WebElement rename =
          driver.findElement(By.cssSelector("form[action$='/rename'] button[type=submit]"));
      browser.clickInView(rename);
      browser.waitUntilGone(rename);
      assertThat(driver.findElement(By.cssSelector("#passkey-list .passkey-label")).getText())
          .isEqualTo("Old laptop");

      // POST /profile/passkeys/{id}/remove: a wrong password keeps it, the right one removes it
      browser.clickInView(driver.findElement(By.cssSelector("#passkey-list details summary")));
      browser.fill("remove-password-0", "not the password at all");
      WebElement remove =
          driver.findElement(By.cssSelector("form[action$='/remove'] button[type=submit]"));
      browser.clickConfirming(remove);
      assertThat(browser.alerts()).contains("Current password is incorrect");
      assertThat(driver.findElements(By.cssSelector("#passkey-list .passkey"))).hasSize(1);
      browser.clickInView(driver.findElement(By.cssSelector("#passkey-list details summary")));
      browser.fill("remove-password-0", Accounts.PASSWORD);
      remove = driver.findElement(By.cssSelector("form[action$='/remove'] button[type=submit]"));
      browser.clickConfirming(remove);
      assertThat(browser.alerts()).contains("Passkey removed");
      assertThat(driver.findElements(By.id("no-passkeys"))).hasSize(1);
      assertThat(lastEvent(name, AuditEventType.PASSKEY_REMOVED)).isPresent();

      // The authenticator still holds the key; the server no longer knows it.
      browser.signOut(app.base());
      passkeySignIn(browser);
      browser.waiting().until(ExpectedConditions.urlToBe(app.base() + "/"));
      assertThat(browser.alerts()).contains("not accepted");
      assertThat(driver.findElements(By.cssSelector("nav form[action='/logout']"))).isEmpty();
    }
  }

  @Test
  void aPasskey_isTheSecondFactor_atTheCodePage() {
    String name = Accounts.user(app.users(), "pim");
    try (Chromium browser = Chromium.start()) {
      WebDriver driver = browser.driver;
      Passkeys.fingerprintReader(browser);
      browser.signIn(app.base(), name, Accounts.PASSWORD);
      Passkeys.add(browser, app.base(), "Phone");
      turnOnTwoFactor(name);
      browser.signOut(app.base());

      browser.fill("username", name);
      browser.fill("password", Accounts.PASSWORD);
      driver.findElement(By.cssSelector("form[action='/login'] button[type=submit]")).click();
      browser.waiting().until(ExpectedConditions.urlToBe(app.base() + "/login/2fa"));
      browser.screenshot("passkey_second_factor");
      WebElement usePasskey =
          driver.findElement(By.cssSelector("#passkey-second-factor button[type=submit]"));
      browser.clickInView(usePasskey);
      browser.waiting().until(ExpectedConditions.urlToBe(app.base() + "/dashboard"));
      assertThat(lastEvent(name, AuditEventType.LOGIN_SUCCEEDED).orElseThrow().detail())
          .isEqualTo("password+passkey");
    }
  }

  @Test
  void anAdmin_seesAUsersPasskeys_andRemovesOne() {
    String name = Accounts.user(app.users(), "pad");
    String admin = Accounts.admin(app.users(), "padmin");
    try (Chromium user = Chromium.start();
        Chromium browser = Chromium.start()) {
      Passkeys.fingerprintReader(user);
      user.signIn(app.base(), name, Accounts.PASSWORD);
      Passkeys.add(user, app.base(), "Tablet");

      WebDriver driver = browser.driver;
      browser.signIn(app.base(), admin, Accounts.PASSWORD);
      driver.get(app.base() + "/admin/users/" + name);
      assertThat(driver.findElement(By.id("admin-passkeys")).getText())
          .contains("Tablet")
          .contains("last used never");
      browser.screenshot("admin_user_passkeys");
      WebElement remove = driver.findElement(By.cssSelector("#admin-passkeys form button"));
      browser.clickConfirming(remove);
      assertThat(browser.alerts()).contains("Passkey removed");
      assertThat(driver.findElement(By.id("admin-passkeys")).getText()).contains("None.");
      assertThat(lastEvent(name, AuditEventType.PASSKEY_REMOVED).orElseThrow().actor())
          .isEqualTo(admin);
    }
  }

  /** Turns on two-factor sign-in for the user through the core (the browser flow has its test). */
  private static void turnOnTwoFactor(String name) {
    Actor actor = Actor.of(Accounts.stored(app.users(), name));
    Enrolment enrolment = app.bean(AuthCore.class).enrolSecondFactor().begin(actor);
    app.bean(AuthCore.class)
        .enrolSecondFactor()
        .confirm(
            new SecondFactorCommand(
                actor,
                Password.of(Accounts.PASSWORD),
                Totp.codeAt(enrolment.secret().reveal(), Instant.now()),
                ClientInfo.of("127.0.0.1", "test")));
  }
}
