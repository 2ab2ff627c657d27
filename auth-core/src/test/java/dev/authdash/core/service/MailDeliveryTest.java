package dev.authdash.core.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.authdash.core.model.AuditEventType;
import dev.authdash.core.model.EmailAddress;
import dev.authdash.core.model.MailMessage;
import dev.authdash.core.model.OutboxMail;
import dev.authdash.core.secrets.SecretBox;
import dev.authdash.core.testing.CoreFixture;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The outbox's sender: delivery, retries with a growing wait, giving up after 24 hours. */
class MailDeliveryTest {
  private final CoreFixture fx = new CoreFixture();
  private final SecretBox box = SecretBox.ephemeral();
  private final Mailer mailer =
      new Mailer(fx.outbox, box, CoreFixture.MAIL, new TimeSource(fx.clock));
  private final MailDeliveryService delivery =
      new MailDeliveryService(
          fx.outbox,
          fx.mailSender,
          mailer,
          new Auditor(fx.audit, new TimeSource(fx.clock)),
          new TimeSource(fx.clock));

  private void queueTestMail() {
    mailer.queue("test", EmailAddress.of("alice@example.com"), Map.of());
  }

  @Test
  void aQueuedMail_isStoredSealed_andSentOnceRendered() {
    queueTestMail();
    OutboxMail stored = fx.outbox.list(10).get(0);
    assertThat(stored.sealedBody()).doesNotContain("test mail");

    assertThat(delivery.deliverDue().sent()).isEqualTo(1);
    assertThat(delivery.deliverDue().claimed()).isZero();

    MailMessage sent = fx.mailSender.sent().get(0);
    assertThat(sent.to()).isEqualTo(EmailAddress.of("alice@example.com"));
    assertThat(sent.subject()).isEqualTo("Test mail from Example Site");
    assertThat(sent.text()).contains("This is a test mail from Example Site");
    assertThat(sent.html()).contains("<p>This is a test mail from Example Site").contains("<html");
    assertThat(fx.outbox.list(10)).isEmpty();
  }

  @Test
  void aFailedAttempt_isRetriedAfter30s_then60s_thenDelivered_exactlyOnce() {
    queueTestMail();
    fx.mailSender.failNext(2);

    assertThat(delivery.deliverDue().retrying()).isEqualTo(1);
    fx.clock.advance(Duration.ofSeconds(29));
    assertThat(delivery.deliverDue().claimed()).isZero();
    fx.clock.advance(Duration.ofSeconds(1));
    assertThat(delivery.deliverDue().retrying()).isEqualTo(1);
    assertThat(fx.outbox.list(10).get(0).lastError()).contains("connection refused");
    fx.clock.advance(Duration.ofSeconds(59));
    assertThat(delivery.deliverDue().claimed()).isZero();
    fx.clock.advance(Duration.ofSeconds(1));

    assertThat(delivery.deliverDue().sent()).isEqualTo(1);
    assertThat(fx.mailSender.sent()).hasSize(1);
    assertThat(fx.outbox.list(10)).isEmpty();
  }

  @Test
  void aMailThatCannotBeSentFor24Hours_isGivenUp_andAuditedAsMailFailed() {
    queueTestMail();
    fx.mailSender.failNext(1000);
    for (int i = 0; i < 200; i++) {
      delivery.deliverDue();
      fx.clock.advance(Duration.ofMinutes(30));
    }

    assertThat(fx.outbox.list(10))
        .singleElement()
        .satisfies(m -> assertThat(m.state()).isEqualTo(OutboxMail.State.FAILED));
    assertThat(fx.auditEvents())
        .filteredOn(e -> e.type() == AuditEventType.MAIL_FAILED)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.target()).isEqualTo("a***@example.com");
              assertThat(e.detail()).startsWith("test mail given up after");
            });
    assertThat(fx.mailSender.sent()).isEmpty();
  }

  @Test
  void retryWaits_doubleFrom30sUpToAnHour() {
    assertThat(CoreFixture.MAIL.retryDelay(1)).isEqualTo(Duration.ofSeconds(30));
    assertThat(CoreFixture.MAIL.retryDelay(2)).isEqualTo(Duration.ofSeconds(60));
    assertThat(CoreFixture.MAIL.retryDelay(5)).isEqualTo(Duration.ofMinutes(8));
    assertThat(CoreFixture.MAIL.retryDelay(50)).isEqualTo(Duration.ofHours(1));
  }

  @Test
  void valuesAreEscapedInHtml_andLinksComeFromThePublicUrl() {
    MailMessage m =
        mailer.render(
            "password-reset",
            EmailAddress.of("alice@example.com"),
            Map.of(
                "username",
                "<b>alice</b>",
                "minutes",
                "30",
                "link",
                mailer.link("/reset-password?token=abc")));

    assertThat(m.html()).contains("&lt;b&gt;alice&lt;/b&gt;").doesNotContain("<b>alice");
    assertThat(m.text()).contains("https://auth.example.com/reset-password?token=abc");
  }
}
