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
import dev.authdash.core.model.Role;
import dev.authdash.core.port.in.SecondFactorCommand;
import dev.authdash.core.port.out.UserRepository;
import dev.authdash.core.secrets.Totp;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.virtualauthenticator.HasVirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticatorOptions;

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
  private static EmbeddedServer server;
  private static String base;
  private static UserRepository users;
  private static AuthCore core;

  @BeforeAll
  static void start() {
    Chromium.requireInstalled();
    int port = ClockedServer.freePort();
    base = "http://localhost:" + port;
    server =
        ApplicationContext.run(
            EmbeddedServer.class,
            Map.of("micronaut.server.port", port, "auth.public-url", base),
            "test",
            "browser");
    users = server.getApplicationContext().getBean(UserRepository.class);
    core = server.getApplicationContext().getBean(AuthCore.class);
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.getApplicationContext().close();
    }
  }

  /** A platform authenticator that holds discoverable passkeys and verifies its user. */
  static VirtualAuthenticator fingerprintReader(Chromium browser) {
    return ((HasVirtualAuthenticator) browser.driver)
        .addVirtualAuthenticator(
            new VirtualAuthenticatorOptions()
                .setProtocol(VirtualAuthenticatorOptions.Protocol.CTAP2)
                .setTransport(VirtualAuthenticatorOptions.Transport.INTERNAL)
                .setHasResidentKey(true)
                .setHasUserVerification(true)
                .setIsUserVerified(true));
  }

  /** Adds a passkey from the profile of the signed-in browser, as a person would. */
  static void addPasskey(Chromium browser, String base, String label) {
    WebDriver driver = browser.driver;
    driver.get(base + "/profile");
    RealBrowserIT.fill(driver, "passkey-label", label);
    WebElement add = driver.findElement(By.cssSelector("#add-passkey button[type=submit]"));
    click(driver, add);
    browser.waitUntilGone(add);
    browser
        .waiting()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".flash-area"), "added: you can sign in with it now"));
  }

  static void click(WebDriver driver, WebElement element) {
    ((JavascriptExecutor) driver)
        .executeScript(
            "arguments[0].scrollIntoView({block:'center', behavior:'instant'})", element);
    element.click();
  }

  private static void signOut(Chromium browser) {
    click(
        browser.driver,
        browser.driver.findElement(By.cssSelector("nav form[action='/logout'] button")));
    browser.waiting().until(ExpectedConditions.urlToBe(base + "/"));
  }

  /** Clicks "Sign in with a passkey" on the login page and waits for the answer page. */
  private static void passkeySignIn(Chromium browser) {
    browser.get(base + "/");
    WebElement button =
        browser.driver.findElement(By.cssSelector("#passkey-sign-in button[type=submit]"));
    click(browser.driver, button);
    browser.waitUntilGone(button);
  }

  private static Optional<AuditEvent> lastEvent(String name, AuditEventType type) {
    return core
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
    String name = Accounts.add(users, Accounts.unique("pia"), Role.USER);
    try (Chromium browser = Chromium.start()) {
      WebDriver driver = browser.driver;
      fingerprintReader(browser);
      RealBrowserIT.signIn(browser, base, name, Accounts.PASSWORD);

      addPasskey(browser, base, "  Work   laptop ");
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

      signOut(browser);
      browser.screenshot("passkey_sign_in");
      passkeySignIn(browser);
      browser.waiting().until(ExpectedConditions.urlToBe(base + "/dashboard"));
      assertThat(driver.findElement(By.tagName("nav")).getText()).contains(name);
      assertThat(lastEvent(name, AuditEventType.LOGIN_SUCCEEDED).orElseThrow().detail())
          .isEqualTo("passkey");

      // POST /profile/passkeys/{id}/rename
      driver.get(base + "/profile");
      assertThat(driver.findElement(By.cssSelector(".passkey-last-used")).getText())
          .isNotEqualTo("never");
      click(driver, driver.findElement(By.cssSelector("#passkey-list details summary")));
      RealBrowserIT.fill(driver, "rename-0", "Old laptop");
      WebElement rename =
          driver.findElement(By.cssSelector("form[action$='/rename'] button[type=submit]"));
      click(driver, rename);
      browser.waitUntilGone(rename);
      assertThat(driver.findElement(By.cssSelector("#passkey-list .passkey-label")).getText())
          .isEqualTo("Old laptop");

      // POST /profile/passkeys/{id}/remove: a wrong password keeps it, the right one removes it
      click(driver, driver.findElement(By.cssSelector("#passkey-list details summary")));
      RealBrowserIT.fill(driver, "remove-password-0", "not the password at all");
      WebElement remove =
          driver.findElement(By.cssSelector("form[action$='/remove'] button[type=submit]"));
      click(driver, remove);
      driver.switchTo().alert().accept();
      browser.waitUntilGone(remove);
      assertThat(RealBrowserIT.alerts(driver)).contains("Current password is incorrect");
      assertThat(driver.findElements(By.cssSelector("#passkey-list .passkey"))).hasSize(1);
      click(driver, driver.findElement(By.cssSelector("#passkey-list details summary")));
      RealBrowserIT.fill(driver, "remove-password-0", Accounts.PASSWORD);
      remove = driver.findElement(By.cssSelector("form[action$='/remove'] button[type=submit]"));
      click(driver, remove);
      driver.switchTo().alert().accept();
      browser.waitUntilGone(remove);
      assertThat(RealBrowserIT.alerts(driver)).contains("Passkey removed");
      assertThat(driver.findElements(By.id("no-passkeys"))).hasSize(1);
      assertThat(lastEvent(name, AuditEventType.PASSKEY_REMOVED)).isPresent();

      // The authenticator still holds the key; the server no longer knows it.
      signOut(browser);
      passkeySignIn(browser);
      browser.waiting().until(ExpectedConditions.urlToBe(base + "/"));
      assertThat(RealBrowserIT.alerts(driver)).contains("not accepted");
      assertThat(driver.findElements(By.cssSelector("nav form[action='/logout']"))).isEmpty();
    }
  }

  @Test
  void aPasskey_isTheSecondFactor_atTheCodePage() {
    String name = Accounts.add(users, Accounts.unique("pim"), Role.USER);
    try (Chromium browser = Chromium.start()) {
      WebDriver driver = browser.driver;
      fingerprintReader(browser);
      RealBrowserIT.signIn(browser, base, name, Accounts.PASSWORD);
      addPasskey(browser, base, "Phone");
      turnOnTwoFactor(name);
      signOut(browser);

      RealBrowserIT.fill(driver, "username", name);
      RealBrowserIT.fill(driver, "password", Accounts.PASSWORD);
      driver.findElement(By.cssSelector("form[action='/login'] button[type=submit]")).click();
      browser.waiting().until(ExpectedConditions.urlToBe(base + "/login/2fa"));
      browser.screenshot("passkey_second_factor");
      WebElement usePasskey =
          driver.findElement(By.cssSelector("#passkey-second-factor button[type=submit]"));
      click(driver, usePasskey);
      browser.waiting().until(ExpectedConditions.urlToBe(base + "/dashboard"));
      assertThat(lastEvent(name, AuditEventType.LOGIN_SUCCEEDED).orElseThrow().detail())
          .isEqualTo("password+passkey");
    }
  }

  @Test
  void anAdmin_seesAUsersPasskeys_andRemovesOne() {
    String name = Accounts.add(users, Accounts.unique("pad"), Role.USER);
    String admin = Accounts.admin(users, "padmin");
    try (Chromium user = Chromium.start();
        Chromium browser = Chromium.start()) {
      fingerprintReader(user);
      RealBrowserIT.signIn(user, base, name, Accounts.PASSWORD);
      addPasskey(user, base, "Tablet");

      WebDriver driver = browser.driver;
      RealBrowserIT.signIn(browser, base, admin, Accounts.PASSWORD);
      driver.get(base + "/admin/users/" + name);
      assertThat(driver.findElement(By.id("admin-passkeys")).getText())
          .contains("Tablet")
          .contains("last used never");
      browser.screenshot("admin_user_passkeys");
      WebElement remove = driver.findElement(By.cssSelector("#admin-passkeys form button"));
      click(driver, remove);
      driver.switchTo().alert().accept();
      browser.waitUntilGone(remove);
      assertThat(RealBrowserIT.alerts(driver)).contains("Passkey removed");
      assertThat(driver.findElement(By.id("admin-passkeys")).getText()).contains("None.");
      assertThat(lastEvent(name, AuditEventType.PASSKEY_REMOVED).orElseThrow().actor())
          .isEqualTo(admin);
    }
  }

  /** Turns on two-factor sign-in for the user through the core (the browser flow has its test). */
  private static void turnOnTwoFactor(String name) {
    Actor actor = Actor.of(Accounts.stored(users, name));
    Enrolment enrolment = core.enrolSecondFactor().begin(actor);
    core.enrolSecondFactor()
        .confirm(
            new SecondFactorCommand(
                actor,
                Password.of(Accounts.PASSWORD),
                Totp.codeAt(enrolment.secret().reveal(), Instant.now()),
                ClientInfo.of("127.0.0.1", "test")));
  }
}
