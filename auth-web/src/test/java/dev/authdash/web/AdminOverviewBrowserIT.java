package dev.authdash.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.authdash.core.model.AuditEvent;
import dev.authdash.core.model.AuditEventType;
import dev.authdash.core.port.out.AuditLog;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * The overview in Chromium over a month of seeded activity (a quiet baseline, an evening of
 * guessing with lockouts): both charts drawn, legible at desktop and phone width without sideways
 * scrolling, their tables behind a disclosure. Saves the screenshots the README shows.
 */
class AdminOverviewBrowserIT {
  @RegisterExtension static final BrowserDashboard app = BrowserDashboard.onRealClock();

  @BeforeAll
  static void seed() {
    seedAMonth(app.bean(AuditLog.class), Instant.now());
  }

  /** A month of sign-ins in office hours, a few failures, registrations, and one attack. */
  static void seedAMonth(AuditLog log, Instant now) {
    Random random = new Random(18);
    Instant today = now.truncatedTo(ChronoUnit.DAYS);
    for (int day = 29; day >= 0; day--) {
      for (int hour = 0; hour < 24; hour++) {
        Instant at = today.minus(Duration.ofDays(day)).plus(Duration.ofHours(hour));
        if (at.isAfter(now)) {
          break;
        }
        boolean office = hour >= 7 && hour <= 18;
        int signIns = office ? 2 + random.nextInt(6) : random.nextInt(2);
        append(log, at, AuditEventType.LOGIN_SUCCEEDED, signIns);
        append(log, at, AuditEventType.LOGIN_FAILED, random.nextInt(office ? 3 : 1));
        if (random.nextInt(30) == 0) {
          append(log, at, AuditEventType.REGISTERED, 1);
        }
      }
    }
    Instant attack = now.truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(5));
    append(log, attack, AuditEventType.LOGIN_FAILED, 42);
    append(log, attack, AuditEventType.LOCKED, 3);
    append(log, attack.plus(Duration.ofHours(1)), AuditEventType.LOGIN_FAILED, 17);
    append(log, attack.plus(Duration.ofHours(1)), AuditEventType.LOCKED, 1);
    append(
        log,
        today.minus(Duration.ofDays(12)).plus(Duration.ofHours(22)),
        AuditEventType.LOGIN_FAILED,
        25);
    append(
        log, today.minus(Duration.ofDays(12)).plus(Duration.ofHours(22)), AuditEventType.LOCKED, 2);
  }

  private static void append(AuditLog log, Instant hour, AuditEventType type, int times) {
    for (int i = 0; i < times; i++) {
      log.append(
          new AuditEvent(
              hour.plus(Duration.ofMinutes(7L * i % 60)), type, "seeded", "", "192.0.2.9", ""));
    }
  }

  @Test
  void theOverview_drawsBothCharts_atDesktopAndPhoneWidth() {
    for (int width : List.of(1280, 390)) {
      try (Chromium admin = Chromium.start()) {
        admin.viewport(width, width < 768 ? 844 : 900);
        admin.signIn(app.base(), Accounts.OWNER, Accounts.OWNER_PASSWORD);
        admin.driver.findElement(By.linkText("Open the admin overview")).click();
        admin.waiting().until(d -> d.getCurrentUrl().endsWith("/admin"));

        List<WebElement> charts = admin.driver.findElements(By.cssSelector(".chart svg"));
        assertThat(charts).hasSize(2).allMatch(WebElement::isDisplayed);
        assertThat(charts.get(0).getSize().getWidth()).isGreaterThan(width / 2);
        assertThat(admin.driver.findElements(By.cssSelector(".chart svg path[fill='#000']")).size())
            .as("lockouts marked")
            .isGreaterThanOrEqualTo(2);
        Object scrollsSideways =
            ((JavascriptExecutor) admin.driver)
                .executeScript("return document.documentElement.scrollWidth > window.innerWidth;");
        assertThat(scrollsSideways).isEqualTo(false);
        admin.screenshot(width < 768 ? "phone_admin_overview" : "admin_overview");
      }
    }
  }

  @Test
  void theUnlockForm_liftsARealLock_inChromium() {
    Accounts.add(app.users(), "mallory", dev.authdash.core.model.Role.USER);
    Browser guesser = new Browser(java.net.URI.create(app.base()));
    for (String name : List.of("mallory", "root")) {
      for (int i = 0; i < 5; i++) {
        guesser.submit("/", "/login", Map.of("username", name, "password", "guess number " + i));
      }
    }
    try (Chromium admin = Chromium.start()) {
      admin.signIn(app.base(), Accounts.OWNER, Accounts.OWNER_PASSWORD);
      admin.get(app.base() + "/admin#locked");
      WebElement row = admin.driver.findElement(By.cssSelector("tr[data-lock='mallory']"));
      assertThat(row.getText()).contains("127.0.0.1");
      ((JavascriptExecutor) admin.driver)
          .executeScript("arguments[0].scrollIntoView({block:'center', behavior:'instant'});", row);
      admin.screenshot("admin_locked");
      WebElement unlock = row.findElement(By.cssSelector("button[type=submit]"));
      admin.clickConfirming(unlock);

      assertThat(admin.driver.findElement(By.cssSelector("[role=alert]")).getText())
          .contains("The lock on mallory is lifted");
      assertThat(admin.driver.findElements(By.cssSelector("tr[data-lock='mallory']"))).isEmpty();
      assertThat(admin.driver.findElements(By.cssSelector("tr[data-lock='root']"))).hasSize(1);
    }
    try (Chromium mallory = Chromium.start()) {
      mallory.signIn(app.base(), "mallory", Accounts.PASSWORD);
      assertThat(mallory.driver.getCurrentUrl()).endsWith("/dashboard");
    }
  }
}
