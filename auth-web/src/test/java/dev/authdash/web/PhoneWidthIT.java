package dev.authdash.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The signed-in pages at phone width (390×844) and at desktop width (1280×900): the page never
 * scrolls sideways, every action button is fully on screen, tables have no inner scrollbars, and
 * the navbar's countdown says what it counts. Saves a screenshot of each page at each width.
 */
class PhoneWidthIT {
  /**
   * What is wrong with the page as laid out, one line per problem: sideways scrolling of the page,
   * a table wrapper that scrolls, a button cut off by the viewport or by its own width.
   */
  private static final String PROBLEMS =
      "var problems = [];"
          + "var width = window.innerWidth;"
          + "if (document.documentElement.scrollWidth > width) {"
          + "  problems.push('page scrolls sideways: ' + document.documentElement.scrollWidth"
          + "    + ' > ' + width); }"
          + "document.querySelectorAll('.table-responsive').forEach(function (w) {"
          + "  var scrollsDown = getComputedStyle(w).overflowY !== 'hidden'"
          + "    && w.scrollHeight > w.clientHeight;"
          + "  if (w.scrollWidth > w.clientWidth || scrollsDown) {"
          + "    problems.push('table scrolls inside: ' + w.scrollWidth + 'x' + w.scrollHeight"
          + "      + ' in ' + w.clientWidth + 'x' + w.clientHeight); } });"
          + "document.querySelectorAll('main .btn, main .badge').forEach(function (b) {"
          + "  var r = b.getBoundingClientRect();"
          + "  if (r.width === 0) { return; }"
          + "  if (r.left < 0 || r.right > width) {"
          + "    problems.push('off screen: ' + b.textContent.trim() + ' ' + r.left + '..' + r.right); }"
          + "  if (b.scrollWidth > b.clientWidth + 1) {"
          + "    problems.push('cut off: ' + b.textContent.trim()); } });"
          + "return problems;";

  @RegisterExtension static final BrowserDashboard app = BrowserDashboard.onRealClock();

  @Test
  void atPhoneWidth_theAdminPagesFitTheScreen_andEveryActionIsWhole() {
    checkEveryPage(390, 844, "phone");
  }

  @Test
  void atDesktopWidth_theAdminPagesFitTheScreen_andEveryActionIsWhole() {
    checkEveryPage(1280, 900, "desktop");
  }

  private static void checkEveryPage(int width, int height, String label) {
    String user = Accounts.user(app.users(), "xena-with-a-long-name");
    Accounts.admin(app.users(), "yuri");
    try (Chromium someone = Chromium.start();
        Chromium admin = Chromium.start()) {
      someone.signIn(app.base(), user, Accounts.PASSWORD);
      admin.viewport(width, height);
      admin.signIn(app.base(), Accounts.OWNER, Accounts.OWNER_PASSWORD);

      for (String page :
          List.of(
              "/dashboard",
              "/admin",
              "/admin/users",
              "/admin/audit",
              "/profile",
              "/admin/users/" + user)) {
        admin.get(app.base() + page);
        assertThat(admin.driver.findElement(By.tagName("h1")).isDisplayed()).isTrue();
        assertThat(problems(admin)).as(page + " at " + width + "px").isEmpty();
      }

      admin.get(app.base() + "/admin/users");
      List<WebElement> actions =
          admin.driver.findElements(By.cssSelector("tr[data-user='" + user + "'] td.actions .btn"));
      assertThat(actions)
          .extracting(WebElement::getText)
          .containsExactly("Promote", "Sign out everywhere", "Reset link", "Delete");
      assertThat(actions).allMatch(WebElement::isDisplayed);
      admin.screenshot(label + "_admin_panel");
      admin.get(app.base() + "/admin/audit");
      assertThat(
              admin
                  .driver
                  .findElement(By.cssSelector("table.audit tbody tr .audit-kind"))
                  .isDisplayed())
          .as("the event column")
          .isTrue();
      admin.screenshot(label + "_audit");

      admin.get(app.base() + "/dashboard");
      if (width < 768) {
        admin.driver.findElement(By.cssSelector("button.navbar-toggler")).click();
        admin
            .waiting()
            .until(ExpectedConditions.visibilityOfElementLocated(By.id("session-timer")));
      }
      admin
          .waiting()
          .until(
              ExpectedConditions.textMatches(
                  By.id("session-timer"),
                  java.util.regex.Pattern.compile("Session ends in \\d+:\\d\\d")));
      admin.screenshot(label + "_navbar");
    }
  }

  @SuppressWarnings("unchecked")
  private static List<String> problems(Chromium browser) {
    return (List<String>) ((JavascriptExecutor) browser.driver).executeScript(PROBLEMS);
  }
}
