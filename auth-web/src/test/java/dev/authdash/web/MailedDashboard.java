package dev.authdash.web;

import dev.authdash.core.AuthCore;
import dev.authdash.core.model.MailMessage;
import dev.authdash.core.port.out.UserRepository;
import dev.authdash.core.testing.MutableClock;
import dev.authdash.mail.smtp.TestMailServer;
import dev.authdash.web.config.ResetRequests;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dashboard with mail on: AUTH_PUBLIC_URL on a free port and GreenMail as a real SMTP server on
 * a free loopback port, on the test clock. The background sender stays out of the way (poll every
 * hour): tests send due mail themselves ({@link #settle()}), so that what has been sent at each
 * step is known.
 */
final class MailedDashboard implements AutoCloseable {
  final TestMailServer smtp;
  final EmbeddedServer server;
  final int port;
  final String base;
  final UserRepository users;
  final MutableClock clock;
  final AuthCore core;
  final ResetRequests requests;

  private MailedDashboard(TestMailServer smtp, EmbeddedServer server, int port) {
    this.smtp = smtp;
    this.server = server;
    this.port = port;
    this.base = "http://localhost:" + port;
    this.users = bean(UserRepository.class);
    this.clock = bean(MutableClock.class);
    this.core = bean(AuthCore.class);
    this.requests = bean(ResetRequests.class);
  }

  static MailedDashboard start() {
    Chromium.requireInstalled();
    TestMailServer smtp = TestMailServer.start();
    int port = ClockedServer.freePort();
    EmbeddedServer server =
        ApplicationContext.run(
            EmbeddedServer.class,
            ClockedServer.withPublicUrl(
                port,
                Map.of(
                    "auth.site-name", "Test Site",
                    "auth.smtp.host", "127.0.0.1",
                    "auth.smtp.port", smtp.port(),
                    "auth.smtp.security", "none",
                    "auth.mail.from", "no-reply@test.example",
                    "auth.mail.poll-interval", "1h")),
            "test");
    return new MailedDashboard(smtp, server, port);
  }

  <T> T bean(Class<T> type) {
    return server.getApplicationContext().getBean(type);
  }

  /** Lets the forgot-password requests handed in so far be handled, and sends the due mail. */
  void settle() throws InterruptedException {
    if (!requests.drain(10_000)) {
      throw new IllegalStateException("forgot-password requests still waiting after 10 s");
    }
    while (core.deliverMail().deliverDue().sent() > 0) {
      // until nothing due is left
    }
  }

  /** What GreenMail received for this address, oldest first. */
  List<MailMessage> mailTo(String address) throws Exception {
    List<MailMessage> found = new ArrayList<>();
    for (MailMessage m : smtp.received()) {
      if (m.to().value().equals(address)) {
        found.add(m);
      }
    }
    return found;
  }

  /** The first link to {@code path} in a mail's text. */
  static String linkIn(MailMessage mail, String path) {
    Matcher m =
        Pattern.compile(
                "https?://[^\\s/]+(:\\d+)?" + Pattern.quote(path) + "\\?token=[A-Za-z0-9_-]+")
            .matcher(mail.text());
    if (!m.find()) {
      throw new AssertionError("no " + path + " link in: " + mail.text());
    }
    return m.group();
  }

  @Override
  public void close() {
    server.getApplicationContext().close();
    smtp.close();
  }
}
