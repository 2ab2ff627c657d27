package dev.authdash.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.authdash.core.config.MailConfig;
import dev.authdash.core.port.out.MailOutbox;
import dev.authdash.core.port.out.MailSender;
import dev.authdash.mail.smtp.LogMailSender;
import dev.authdash.mail.smtp.SmtpMailSender;
import dev.authdash.persistence.sqlite.SqliteMailOutbox;
import io.micronaut.context.ApplicationContext;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which mail the wiring gives: on only with a public URL and a transport, else off with why. */
class MailWiringTest {
  @TempDir Path dir;

  private ApplicationContext context(Map<String, Object> settings) {
    Map<String, Object> all = new HashMap<>(settings);
    all.put("auth.db.path", dir.resolve("auth.db").toString());
    return ApplicationContext.builder().properties(all).start();
  }

  @Test
  void withoutAPublicUrl_mailIsOff_andSaysWhy() {
    try (ApplicationContext ctx = context(Map.of("auth.smtp.host", "127.0.0.1"))) {
      MailConfig mail = ctx.getBean(MailConfig.class);

      assertThat(mail.enabled()).isFalse();
      assertThat(mail.disabledReason().orElseThrow()).contains("AUTH_PUBLIC_URL is not set");
    }
  }

  @Test
  void withAPublicUrlButNoTransport_mailIsOff_andSaysWhy() {
    try (ApplicationContext ctx =
        context(Map.of("auth.public-url", "https://auth.example.com", "auth.smtp.host", " "))) {
      MailConfig mail = ctx.getBean(MailConfig.class);

      assertThat(mail.enabled()).isFalse();
      assertThat(mail.disabledReason().orElseThrow()).contains("AUTH_SMTP_HOST");
      assertThat(ctx.findBean(MailSender.class)).isEmpty();
    }
  }

  @Test
  void withAPublicUrlAndAnSmtpHost_mailIsOn_throughSmtp_withTheOutboxInTheUsersFile() {
    try (ApplicationContext ctx =
        context(
            Map.of(
                "auth.public-url", "https://auth.example.com",
                "auth.smtp.host", "smtp.example.com",
                "auth.smtp.password", "s3cret-Pa55",
                "auth.site-name", "Example"))) {
      MailConfig mail = ctx.getBean(MailConfig.class);

      assertThat(mail.enabled()).isTrue();
      assertThat(mail.siteName()).isEqualTo("Example");
      assertThat(mail.link("/x")).isEqualTo("https://auth.example.com/x");
      assertThat(ctx.getBean(MailSender.class)).isInstanceOf(SmtpMailSender.class);
      assertThat(ctx.getBean(MailSender.class).describe())
          .isEqualTo("smtp://smtp.example.com:587 (starttls), from no-reply@auth.example.com")
          .doesNotContain("s3cret");
      assertThat(ctx.getBean(MailOutbox.class)).isInstanceOf(SqliteMailOutbox.class);
    }
  }

  @Test
  void theLogTransport_isChosenByName() {
    try (ApplicationContext ctx =
        context(Map.of("auth.public-url", "http://localhost:8080", "auth.mail.transport", "log"))) {
      assertThat(ctx.getBean(MailSender.class)).isInstanceOf(LogMailSender.class);
      assertThat(ctx.getBean(MailConfig.class).enabled()).isTrue();
    }
  }

  @Test
  void theSiteNameAndForgotPasswordLimits_unset_areMailConfigsOwn_set_areTheSettings() {
    MailConfig defaults = MailConfig.on("http://localhost:8080", null);
    try (ApplicationContext ctx =
        context(Map.of("auth.public-url", "http://localhost:8080", "auth.mail.transport", "log"))) {
      MailConfig mail = ctx.getBean(MailConfig.class);

      assertThat(mail.siteName()).isEqualTo(MailConfig.DEFAULT_SITE_NAME);
      assertThat(mail.resetRequestsPerAddress()).isEqualTo(defaults.resetRequestsPerAddress());
      assertThat(mail.resetMailsPerAccount()).isEqualTo(defaults.resetMailsPerAccount());
    }
    try (ApplicationContext ctx =
        context(
            Map.of(
                "auth.public-url", "http://localhost:8080",
                "auth.mail.transport", "log",
                "auth.forgot-password.per-hour", "4",
                "auth.forgot-password.mails-per-account", "2"))) {
      MailConfig mail = ctx.getBean(MailConfig.class);

      assertThat(mail.resetRequestsPerAddress()).isEqualTo(4);
      assertThat(mail.resetMailsPerAccount()).isEqualTo(2);
    }
  }
}
