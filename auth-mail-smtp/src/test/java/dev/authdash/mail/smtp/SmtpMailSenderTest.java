package dev.authdash.mail.smtp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.authdash.core.contract.MailSenderContractTest;
import dev.authdash.core.error.MailDeliveryException;
import dev.authdash.core.model.MailMessage;
import dev.authdash.core.port.out.MailSender;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The sender contract against GreenMail, a real SMTP server on a free loopback port. */
class SmtpMailSenderTest extends MailSenderContractTest {
  private final TestMailServer server = TestMailServer.start();
  private final SmtpMailSender sender =
      new SmtpMailSender(
          new SmtpSettings(
              "127.0.0.1",
              server.port(),
              "",
              "",
              SmtpSettings.Security.NONE,
              "no-reply@auth.example.com"));

  @AfterEach
  void stop() {
    server.close();
  }

  @Override
  protected MailSender sender() {
    return sender;
  }

  @Override
  protected List<MailMessage> received() throws Exception {
    return server.received();
  }

  @Test
  void theMail_isMultipartAlternative_withTheHtmlPart_fromTheConfiguredAddress() throws Exception {
    MailMessage sent = sample("alice@example.com");

    String answer = sender.send(sent);

    assertThat(answer).startsWith("250");
    MimeMessage got = server.mimes().get(0);
    assertThat(got.getContentType()).startsWith("multipart/alternative");
    assertThat(got.getFrom()[0].toString()).isEqualTo("no-reply@auth.example.com");
    assertThat(TestMailServer.read(got).html()).isEqualTo(sent.html());
  }

  @Test
  void aServerThatIsDown_isAnOutage_worthARetry() {
    server.down();

    assertThatThrownBy(() -> sender.send(sample("alice@example.com")))
        .isInstanceOfSatisfying(
            MailDeliveryException.class,
            e -> {
              assertThat(e.permanent()).isFalse();
              assertThat(e.getMessage()).contains("127.0.0.1:" + server.port());
            });
  }

  @Test
  void theDescription_andTheSettings_neverShowThePassword() {
    SmtpSettings settings =
        new SmtpSettings(
            "smtp.example.com",
            587,
            "mailer",
            "s3cret-Pa55",
            SmtpSettings.Security.STARTTLS,
            "no-reply@example.com");

    assertThat(settings.describe())
        .isEqualTo("smtp://smtp.example.com:587 (starttls) as mailer, from no-reply@example.com")
        .doesNotContain("s3cret");
    assertThat(settings.toString()).doesNotContain("s3cret");
    assertThat(new SmtpMailSender(settings).describe()).doesNotContain("s3cret");
  }

  @Test
  void securityModes_parse_andAnythingElseIsRefusedByName() {
    assertThat(SmtpSettings.Security.parse(" StartTLS ")).isEqualTo(SmtpSettings.Security.STARTTLS);
    assertThatThrownBy(() -> SmtpSettings.Security.parse("ssl"))
        .hasMessageContaining("none, starttls or tls");
  }
}
