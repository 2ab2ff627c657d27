package dev.authdash.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.authdash.core.model.Role;
import java.time.Duration;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The dashboard by keyboard alone, in a real browser: only Tab, Shift+Tab, Enter and Space move and
 * act (text is typed into the field that has the focus); every control reached shows its focus
 * ring. Runs on the test clock, so the session dialogs are reached by moving time.
 */
class KeyboardIT {
  private static final int MAX_TABS = 80;
  @RegisterExtension static final BrowserDashboard app = BrowserDashboard.onTestClock(Map.of());

  @Test
  void anAdmin_signsIn_promotesAUser_andSignsOut_byKeyboardAlone() {
    String target = Accounts.user(app.users(), "kim");
    try (Chromium browser = Chromium.start()) {
      Keyboard keys = new Keyboard(browser.driver);
      browser.get(app.base() + "/");
      keys.tabTo(By.id("username"));
      keys.type(Accounts.OWNER);
      keys.tabTo(By.id("password"));
      keys.type(Accounts.OWNER_PASSWORD);
      keys.press(Keys.ENTER);
      browser.waiting().until(ExpectedConditions.urlToBe(app.base() + "/dashboard"));

      keys.tabTo(By.linkText("Admin panel"));
      keys.press(Keys.ENTER);
      browser.waiting().until(ExpectedConditions.urlToBe(app.base() + "/admin/users"));

      keys.tabTo(By.cssSelector("tr[data-user='" + target + "'] form[action$='/promote'] button"));
      keys.press(Keys.SPACE);
      browser
          .waiting()
          .until(
              ExpectedConditions.textToBePresentInElementLocated(
                  By.cssSelector(".flash-area"), target + " is now ADMIN."));
      assertThat(
              browser.driver.findElement(By.cssSelector(".flash-area .alert")).getAttribute("role"))
          .isEqualTo("alert");

      keys.tabTo(By.cssSelector("nav form[action='/logout'] button"));
      keys.press(Keys.ENTER);
      browser.waiting().until(ExpectedConditions.urlToBe(app.base() + "/"));
      assertThat(browser.alerts()).contains("You have been logged out.");
    }
    assertThat(Accounts.stored(app.users(), target).role()).isEqualTo(Role.ADMIN);
  }

  @Test
  void theFirstTab_reachesTheSkipLink_whichMovesTheFocusToTheContent() {
    String name = Accounts.user(app.users(), "lou");
    try (Chromium browser = Chromium.start()) {
      browser.signIn(app.base(), name, Accounts.PASSWORD);
      Keyboard keys = new Keyboard(browser.driver);
      keys.press(Keys.TAB);
      WebElement skip = keys.focused();
      assertThat(skip.getText()).isEqualTo("Skip to content");
      assertThat(skip.isDisplayed()).as("visible while focused").isTrue();
      keys.press(Keys.ENTER);
      assertThat(keys.focused().getAttribute("id")).isEqualTo("main");
      keys.press(Keys.TAB);
      assertThat(keys.focused().findElements(By.xpath("ancestor::main")))
          .as("the next Tab stays in the content, past the navigation")
          .hasSize(1);
    }
  }

  @Test
  void theSessionDialogs_holdTheFocus_onTheirAnswers() {
    String name = Accounts.user(app.users(), "max");
    try (Chromium browser = Chromium.start()) {
      browser.signIn(app.base(), name, Accounts.PASSWORD);
      Keyboard keys = new Keyboard(browser.driver);
      app.clock().advance(Duration.ofMinutes(10).minusSeconds(30));
      browser.untilThePageSees(By.id("session-stay"));
      browser
          .waiting()
          .withMessage("the warning puts the focus on 'Stay signed in'")
          .until(d -> "session-stay".equals(keys.focused().getAttribute("id")));
      assertThat(browser.driver.findElement(By.id("session-announcer")).getText())
          .as("announced once, politely")
          .contains("signed out in");
      keys.pressStayingInside(Keys.TAB, 5, By.id("session-warning"));
      keys.pressStayingInside(Keys.chord(Keys.SHIFT, Keys.TAB), 5, By.id("session-warning"));

      app.clock().advance(Duration.ofMinutes(1));
      browser.untilThePageSees(By.id("session-expired-login"));
      browser
          .waiting()
          .withMessage("the expiry dialog puts the focus on its one button")
          .until(d -> "session-expired-login".equals(keys.focused().getAttribute("id")));
      keys.press(Keys.TAB);
      assertThat(keys.focused().getAttribute("id")).isEqualTo("session-expired-login");
      keys.press(Keys.chord(Keys.SHIFT, Keys.TAB));
      assertThat(keys.focused().getAttribute("id")).isEqualTo("session-expired-login");
      keys.press(Keys.ENTER);
      browser.waiting().until(ExpectedConditions.urlContains("/?expired=1"));
    }
  }

  @Test
  void aRefusedForm_describesItsFieldsWithTheMessage_announcedAsAnAlert() {
    try (Chromium browser = Chromium.start()) {
      browser.get(app.base() + "/");
      browser.fill("username", "nobody-here");
      browser.fill("password", "not the password at all");
      new Keyboard(browser.driver).press(Keys.ENTER);
      WebElement error =
          browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("form-error")));
      assertThat(error.getAttribute("role")).isEqualTo("alert");
      assertThat(error.getText()).contains("Invalid username or password.");
      for (String field : new String[] {"username", "password"}) {
        WebElement input = browser.driver.findElement(By.id(field));
        assertThat(input.getAttribute("aria-describedby")).as(field).contains("form-error");
        assertThat(input.getAttribute("aria-invalid")).as(field).isEqualTo("true");
      }
    }
  }

  /** Key presses through Selenium's Actions, and where the focus is. */
  static final class Keyboard {
    private final WebDriver driver;

    Keyboard(WebDriver driver) {
      this.driver = driver;
    }

    void press(CharSequence key) {
      new Actions(driver).sendKeys(key).perform();
    }

    /** Types into the focused field, character by character. */
    void type(String text) {
      new Actions(driver).sendKeys(text).perform();
    }

    WebElement focused() {
      return driver.switchTo().activeElement();
    }

    /** Presses Tab until the element has the focus (at most {@value MAX_TABS} times). */
    void tabTo(By target) {
      WebElement wanted = driver.findElement(target);
      Predicate<WebElement> reached = wanted::equals;
      for (int i = 0; i <= MAX_TABS; i++) {
        if (reached.test(focused())) {
          assertFocusRingShown(wanted, target);
          return;
        }
        press(Keys.TAB);
      }
      fail("%s not reached with %d presses of Tab", target, MAX_TABS);
    }

    /** Presses the key again and again; after each press the focus is still in the container. */
    void pressStayingInside(CharSequence key, int times, By container) {
      for (int i = 0; i < times; i++) {
        press(key);
        assertFocusInside(container);
      }
    }

    void assertFocusInside(By container) {
      WebElement focused = focused();
      assertThat(driver.findElement(container).findElements(By.xpath(".//*")))
          .as(
              "focus stays inside %s (it is on <%s> %s)",
              container, focused.getTagName(), focused.getText())
          .contains(focused);
    }

    private static void assertFocusRingShown(WebElement element, By target) {
      assertThat(element.getCssValue("outline-style"))
          .as("focus ring of %s", target)
          .isNotEqualTo("none");
      assertThat(element.getCssValue("outline-width"))
          .as("focus ring of %s", target)
          .isNotEqualTo("0px");
    }
  }
}
