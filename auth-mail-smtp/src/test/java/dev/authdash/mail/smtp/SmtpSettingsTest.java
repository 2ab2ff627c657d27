package dev.authdash.mail.smtp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.env.PropertySource;
import io.micronaut.context.env.PropertySourcePropertyResolver;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code auth.smtp.*}: unset or empty keeps the defaults kept here, and only here. */
class SmtpSettingsTest {
  private static SmtpSettings read(Map<String, Object> settings) {
    return SmtpSettings.read(
        new PropertySourcePropertyResolver(PropertySource.of("test", settings))::get);
  }

  @Test
  void onlyAHost_givesPort587WithStarttls_withoutLogin_fromNoReplyAtThePublicHost() {
    SmtpSettings expected =
        new SmtpSettings(
            "smtp.example.com",
            587,
            "",
            "",
            SmtpSettings.Security.STARTTLS,
            "no-reply@auth.example.com");

    assertThat(
            read(
                Map.of(
                    "auth.smtp.host", " smtp.example.com ",
                    "auth.public-url", "https://auth.example.com")))
        .isEqualTo(expected);
    assertThat(
            read(
                Map.of(
                    "auth.smtp.host", "smtp.example.com",
                    "auth.smtp.port", "",
                    "auth.smtp.security", " ",
                    "auth.mail.from", "",
                    "auth.public-url", "https://auth.example.com")))
        .isEqualTo(expected);
  }

  @Test
  void eachKey_setsItsValue() {
    assertThat(
            read(
                Map.of(
                    "auth.smtp.host", "smtp.example.com",
                    "auth.smtp.port", "465",
                    "auth.smtp.username", "mailer",
                    "auth.smtp.password", "s3cret",
                    "auth.smtp.security", "TLS",
                    "auth.mail.from", "auth@example.com")))
        .isEqualTo(
            new SmtpSettings(
                "smtp.example.com",
                465,
                "mailer",
                "s3cret",
                SmtpSettings.Security.TLS,
                "auth@example.com"));
  }

  @Test
  void aValueThatCannotBeRead_stopsTheStart_namingTheKey() {
    assertThatThrownBy(
            () -> read(Map.of("auth.smtp.host", "smtp.example.com", "auth.smtp.port", "smtp")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("auth.smtp.port: 'smtp' is not a whole number");
    assertThatThrownBy(
            () -> read(Map.of("auth.smtp.host", "smtp.example.com", "auth.smtp.security", "ssl")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("AUTH_SMTP_SECURITY must be none, starttls or tls");
  }
}
