package dev.authdash.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Session expiry as the person sees it, in a real browser, with a 10-second idle timeout and the
 * warning 7 seconds before: the warning and "Stay signed in", the blocking modal at expiry and the
 * way on to the login page. Waits are for conditions, never fixed sleeps.
 */
class SessionExpiryIT {
  @RegisterExtension
  static final BrowserDashboard app =
      BrowserDashboard.onRealClock(
          Map.of("auth.session.idle-timeout", "10s", "auth.session.warning-before", "7s"));

  private static boolean sessionActive(Chromium browser) {
    Object answer =
        ((JavascriptExecutor) browser.driver)
            .executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                    + "fetch('/session/status', {headers: {Accept: 'application/json'}})"
                    + ".then(function (r) { return r.json(); })"
                    + ".then(function (s) { done(s.active === true); })"
                    + ".catch(function () { done(false); });");
    return Boolean.TRUE.equals(answer);
  }

  @Test
  void theWarningAppearsBeforeExpiry_andStaySignedInKeepsTheSession() {
    String name = Accounts.user(app.users(), "una");
    try (Chromium browser = Chromium.start()) {
      browser.signIn(app.base(), name, Accounts.PASSWORD);
      By warning = By.id("session-warning");
      By stay = By.id("session-stay");
      // Four rounds (about 3 s apart: the warning shows 7 s before a 10 s deadline, leaving a
      // loaded machine time to click), so the session outlives its first deadline (sign-in + 10 s)
      // by the button alone.
      for (int round = 1; round <= 4; round++) {
        browser.waiting().until(ExpectedConditions.elementToBeClickable(stay));
        WebElement text = browser.driver.findElement(By.id("session-warning-text"));
        assertThat(text.getText()).contains("signed out in");
        if (round == 1) {
          browser
              .waiting()
              .withMessage("the warning's focus is on 'Stay signed in'")
              .until(d -> "session-stay".equals(d.switchTo().activeElement().getAttribute("id")));
          browser.screenshot("session_warning");
        }
        browser.driver.findElement(stay).click(); // the page's script: POST /session/keepalive
        browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(warning));
        assertThat(browser.driver.findElement(By.id("session-expired")).isDisplayed()).isFalse();
      }
      assertThat(browser.driver.getCurrentUrl()).isEqualTo(app.base() + "/dashboard");
      assertThat(sessionActive(browser)).as("the server still knows the session").isTrue();
    }
  }

  @Test
  void atExpiry_aBlockingModalLeadsOnlyToTheLoginPage_withTheExpiryMessage() {
    String name = Accounts.user(app.users(), "vic");
    try (Chromium browser = Chromium.start()) {
      browser.signIn(app.base(), name, Accounts.PASSWORD);
      By expired = By.id("session-expired");
      browser
          .waiting(Duration.ofSeconds(30))
          .until(ExpectedConditions.visibilityOfElementLocated(expired));
      browser
          .waiting()
          .until(ExpectedConditions.elementToBeClickable(By.id("session-expired-login")));
      browser.screenshot("session_expired");
      WebElement modal = browser.driver.findElement(expired);
      assertThat(modal.getAttribute("data-bs-backdrop")).isEqualTo("static");
      assertThat(modal.getAttribute("data-bs-keyboard")).isEqualTo("false");
      assertThat(modal.findElements(By.cssSelector(".btn-close, [data-bs-dismiss]"))).isEmpty();
      assertThat(browser.driver.findElement(By.id("session-warning")).isDisplayed()).isFalse();
      assertThat(
              ((JavascriptExecutor) browser.driver)
                  .executeScript("return document.getElementById('session-timer').textContent"))
          .asString()
          .isEqualToIgnoringWhitespace("Session expired");

      new Actions(browser.driver).sendKeys(Keys.ESCAPE).perform();
      new Actions(browser.driver).moveToLocation(5, 5).click().perform();
      assertThat(browser.driver.findElement(expired).isDisplayed())
          .as("neither Escape nor a click outside closes it")
          .isTrue();
      assertThat(sessionActive(browser)).isFalse();

      browser.driver.findElement(By.id("session-expired-login")).click();
      browser.waiting().until(ExpectedConditions.urlContains("/?expired=1"));
      assertThat(browser.alerts()).isEqualTo("Your session has expired. Please log in again.");
      assertThat(browser.driver.findElement(By.id("username")).isDisplayed()).isTrue();
    }
  }
}
