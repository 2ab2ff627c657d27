package dev.authdash.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.authdash.core.AuthCore;
import dev.authdash.core.model.EmailAddress;
import dev.authdash.core.model.MailMessage;
import dev.authdash.core.model.User;
import dev.authdash.core.model.UserEmail;
import dev.authdash.core.model.Username;
import dev.authdash.core.port.out.MailOutbox;
import dev.authdash.core.port.out.UserRepository;
import dev.authdash.core.testing.MutableClock;
import dev.authdash.mail.smtp.TestMailServer;
import dev.authdash.web.config.ResetRequests;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Forgot password end to end: the dashboard with AUTH_PUBLIC_URL and GreenMail as a real SMTP
 * server on a free loopback port; the flow in headless Chromium, the same answer and time for known
 * and unknown logins, the limits, an SMTP outage, and links that come from the configured address
 * only. Runs on the test clock: limit windows and retries are reached by moving it.
 */
class ForgotPasswordIT {
  private static final String SENT = "If an account matches and has a verified email address";

  private static MailedDashboard app;
  private static TestMailServer smtp;
  private static EmbeddedServer server;
  private static int port;
  private static String base;
  private static UserRepository users;
  private static MutableClock clock;
  private static AuthCore core;
  private static ResetRequests requests;

  @BeforeAll
  static void start() {
    app = MailedDashboard.start();
    smtp = app.smtp;
    server = app.server;
    port = app.port;
    base = app.base;
    users = app.users;
    clock = app.clock;
    core = app.core;
    requests = app.requests;
  }

  @AfterAll
  static void stop() {
    if (app != null) {
      app.close();
    }
  }

  /** Each test in a fresh hour: the per-address and per-account counters start at zero. */
  @BeforeEach
  void newHour() {
    clock.advance(Duration.ofHours(1));
  }

  /** A user with a verified address. */
  private static String userWithAddress(String prefix) {
    String name = Accounts.user(users, prefix);
    User u = users.findByUsername(Username.of(name)).orElseThrow();
    users.update(
        u.withEmail(UserEmail.verified(EmailAddress.of(name + "@example.com"), clock.instant())));
    return name;
  }

  private static void settle() throws InterruptedException {
    app.settle();
  }

  private static List<MailMessage> mailTo(String name) throws Exception {
    return app.mailTo(name + "@example.com");
  }

  private static String linkIn(MailMessage mail) {
    return MailedDashboard.linkIn(mail, "/reset-password");
  }

  private static Browser.Page ask(Browser browser, String login) {
    return browser.submit("/forgot-password", "/forgot-password", Map.of("login", login));
  }

  @Test
  void theWholeFlow_inChromium_fromTheLoginPage_throughTheMail_toANewPassword() throws Exception {
    String name = userWithAddress("fay");
    Browser otherDevice = Browser.signedIn(URI.create(base), name, Accounts.PASSWORD);
    try (Chromium browser = Chromium.start()) {
      WebDriver driver = browser.get(base + "/");
      driver.findElement(By.id("forgot-password-link")).click();
      browser.waiting().until(ExpectedConditions.urlToBe(base + "/forgot-password"));
      browser.screenshot("forgot_password");
      browser.fill("login", name + "@EXAMPLE.com");
      WebElement send =
          driver.findElement(By.cssSelector("form[action='/forgot-password'] button"));
      send.click();
      browser.waitUntilGone(send);
      browser.waiting().until(ExpectedConditions.urlToBe(base + "/"));
      assertThat(browser.alerts()).contains(SENT);

      settle();
      List<MailMessage> mails = mailTo(name);
      assertThat(mails).hasSize(1);
      MailMessage mail = mails.get(0);
      assertThat(mail.subject()).isEqualTo("Reset your Test Site password");
      String link = linkIn(mail);
      assertThat(link).startsWith(base + "/reset-password?token=");

      Path rendered = Path.of("target", "mail-reset-password.html").toAbsolutePath();
      Files.writeString(rendered, mail.html());
      driver.get(rendered.toUri().toString());
      assertThat(driver.findElement(By.linkText("Choose a new password")).getAttribute("href"))
          .isEqualTo(link);
      browser.screenshot("mail_reset_password");

      driver.get(link);
      browser.waiting().until(ExpectedConditions.urlToBe(base + "/reset-password"));
      browser.fill("newPassword", Accounts.NEW_PASSWORD);
      browser.fill("confirmPassword", Accounts.NEW_PASSWORD);
      WebElement set = driver.findElement(By.cssSelector("form[action='/reset-password'] button"));
      set.click();
      browser.waitUntilGone(set);
      browser.waiting().until(ExpectedConditions.urlToBe(base + "/"));
      assertThat(browser.alerts()).contains("Your password has been reset");

      browser.signIn(base, name, Accounts.NEW_PASSWORD);
      driver.get(link);
      assertThat(driver.getPageSource())
          .contains("invalid, has already been used")
          .as("with mail on, the dead link points to the way to a new one, not to an admin")
          .contains("Forgot your password?");
    }
    Browser.Page old = otherDevice.get("/dashboard");
    assertThat(old.status()).isEqualTo(303);
    assertThat(old.location()).startsWith("/");
  }

  @Test
  void knownAndUnknownLogins_getTheSameAnswer_inTheSameTime() throws Exception {
    String name = userWithAddress("gus");
    Browser browser = new Browser(URI.create(base));
    List<Long> known = new ArrayList<>();
    List<Long> unknown = new ArrayList<>();
    String knownAnswer = null;
    for (int i = 0; i < 20; i++) {
      for (String login : List.of(name, "nobody" + i + "-" + name)) {
        Browser.Page answer = ask(browser, login);
        assertThat(answer.status()).isEqualTo(303);
        assertThat(answer.location()).isEqualTo("/");
        String shown = String.join(" | ", browser.get("/").alerts());
        assertThat(shown).contains(SENT);
        if (knownAnswer == null) {
          knownAnswer = shown;
        }
        assertThat(shown).isEqualTo(knownAnswer);
        (login.equals(name) ? known : unknown).add(answer.millis());
      }
    }
    long knownMedian = median(known);
    long unknownMedian = median(unknown);

    assertThat(Math.abs(knownMedian - unknownMedian))
        .as("median ms, known %d vs unknown %d", knownMedian, unknownMedian)
        .isLessThanOrEqualTo(15);
    settle();
    assertThat(mailTo(name)).as("at most 3 mails per account per hour").hasSizeLessThanOrEqualTo(3);
  }

  private static long median(List<Long> values) {
    List<Long> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.get(sorted.size() / 2);
  }

  @Test
  void threeMailsPerAccountPerHour_andTenRequestsPerAddress_beyondThemNothingIsSent()
      throws Exception {
    String alice = userWithAddress("hal");
    String bob = userWithAddress("ida");
    Browser browser = new Browser(URI.create(base));
    for (int i = 0; i < 5; i++) {
      assertThat(ask(browser, alice).location()).isEqualTo("/");
    }
    settle();
    assertThat(mailTo(alice)).hasSize(3);

    for (int i = 0; i < 5; i++) {
      ask(browser, "nobody" + i);
    }
    Browser.Page beyond = ask(browser, bob); // the 11th request from this address this hour
    settle();

    assertThat(beyond.status()).isEqualTo(303);
    assertThat(beyond.location()).isEqualTo("/");
    assertThat(mailTo(bob)).isEmpty();

    clock.advance(Duration.ofHours(1));
    ask(browser, bob);
    settle();
    assertThat(mailTo(bob)).hasSize(1);
  }

  @Test
  void whileTheMailServerIsDown_theMailWaits_andIsDeliveredOnceWhenItReturns() throws Exception {
    String name = userWithAddress("jo");
    smtp.down();
    try {
      ask(new Browser(URI.create(base)), name);
      assertThat(requests.drain(10_000)).isTrue();
      assertThat(core.deliverMail().deliverDue().retrying()).isEqualTo(1);
      assertThat(server.getApplicationContext().getBean(MailOutbox.class).list(10))
          .singleElement()
          .satisfies(m -> assertThat(m.lastError()).contains("127.0.0.1:" + smtp.port()));
    } finally {
      smtp.up();
    }
    assertThat(core.deliverMail().deliverDue().claimed()).as("not due before 30 s").isZero();
    clock.advance(Duration.ofSeconds(30));
    assertThat(core.deliverMail().deliverDue().sent()).isEqualTo(1);
    clock.advance(Duration.ofHours(2));
    settle();

    assertThat(mailTo(name)).hasSize(1);
    assertThat(server.getApplicationContext().getBean(MailOutbox.class).list(10)).isEmpty();
  }

  @Test
  void links_comeFromThePublicUrl_evenWhenTheRequestCameThroughAnotherAllowedHost()
      throws Exception {
    String name = userWithAddress("kit");
    Browser viaLoopbackAddress = new Browser(URI.create("http://127.0.0.1:" + port));

    assertThat(ask(viaLoopbackAddress, name).status()).isEqualTo(303);
    settle();

    assertThat(linkIn(mailTo(name).get(0))).startsWith(base + "/reset-password?token=");
  }

  @Test
  void withoutAPublicUrl_thereIsNoForgotPasswordLink_andNoPage() {
    try (ClockedServer plain = ClockedServer.start(Map.of("auth.smtp.host", "127.0.0.1"))) {
      Browser browser = new Browser(URI.create(plain.base));
      assertThat(browser.get("/").body()).doesNotContain("/forgot-password");
      assertThat(browser.get("/forgot-password").status()).isEqualTo(404);
    }
    assertThat(new Browser(URI.create(base)).get("/").body()).contains("/forgot-password");
  }
}
