package dev.authdash.mail.smtp;

import dev.authdash.core.port.out.MailSender;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.exceptions.ConfigurationException;
import jakarta.inject.Singleton;
import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link MailSender} bean: SMTP when {@code auth.smtp.host} (AUTH_SMTP_HOST) is set, the log
 * when {@code auth.mail.transport} (AUTH_MAIL_TRANSPORT) is {@code log}; no bean otherwise (mail is
 * then off, and the start log says why).
 */
@Factory
public class MailTransportFactory {
  /** {@code smtp} (the default: needs {@code auth.smtp.host}) or {@code log} (trials). */
  public static final String TRANSPORT_PROPERTY = "auth.mail.transport";

  private static final Logger LOG = LoggerFactory.getLogger("dev.authdash.mail");

  @Singleton
  @Requires(property = TRANSPORT_PROPERTY, value = "log")
  MailSender logMailSender() {
    return new LogMailSender(LOG::info);
  }

  @Singleton
  @Requires(property = "auth.smtp.host", pattern = ".*\\S.*")
  @Requires(property = TRANSPORT_PROPERTY, notEquals = "log")
  MailSender smtpMailSender(
      @Property(name = "auth.smtp.host") String host,
      @Property(name = "auth.smtp.port", defaultValue = "587") int port,
      @Property(name = "auth.smtp.username", defaultValue = "") String username,
      @Property(name = "auth.smtp.password", defaultValue = "") String password,
      @Property(name = "auth.smtp.security", defaultValue = "starttls") String security,
      @Property(name = "auth.mail.from", defaultValue = "") String from,
      @Property(name = "auth.public-url", defaultValue = "") String publicUrl) {
    try {
      return new SmtpMailSender(
          new SmtpSettings(
              host.strip(),
              port,
              username.strip(),
              password,
              SmtpSettings.Security.parse(security),
              from.isBlank() ? defaultFrom(publicUrl) : from.strip()));
    } catch (IllegalArgumentException e) {
      throw new ConfigurationException(e.getMessage(), e);
    }
  }

  /**
   * {@code no-reply@<the public URL's host>} when AUTH_MAIL_FROM is not set ({@code localhost}
   * without a public URL, when mail is off but for {@code authdash mail test}).
   */
  static String defaultFrom(String publicUrl) {
    String host = publicUrl.isBlank() ? null : URI.create(publicUrl.strip()).getHost();
    return "no-reply@" + (host == null ? "localhost" : host);
  }
}
