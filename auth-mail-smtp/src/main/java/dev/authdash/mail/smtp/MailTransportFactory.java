package dev.authdash.mail.smtp;

import dev.authdash.core.port.out.MailSender;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.env.Environment;
import io.micronaut.context.exceptions.ConfigurationException;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link MailSender} bean: SMTP when {@code auth.smtp.host} (AUTH_SMTP_HOST) is set, the log
 * when {@code auth.mail.transport} (AUTH_MAIL_TRANSPORT) is {@code log}; no bean otherwise (mail is
 * then off, and the start log says why).
 */
@Factory
public class MailTransportFactory {
  /** {@value #SMTP} (the default: needs {@code auth.smtp.host}) or {@value #LOG} (trials). */
  public static final String TRANSPORT_PROPERTY = "auth.mail.transport";

  /** Mail goes to the SMTP server; any value but {@value #LOG}, unset or empty included. */
  public static final String SMTP = "smtp";

  /** Mails are written to the log instead of being sent. */
  public static final String LOG = "log";

  public static final String DEFAULT_TRANSPORT = SMTP;

  private static final Logger MAIL_LOG = LoggerFactory.getLogger("dev.authdash.mail");

  @Singleton
  @Requires(property = TRANSPORT_PROPERTY, value = LOG)
  MailSender logMailSender() {
    return new LogMailSender(MAIL_LOG::info);
  }

  @Singleton
  @Requires(property = SmtpSettings.HOST_PROPERTY, pattern = ".*\\S.*")
  @Requires(property = TRANSPORT_PROPERTY, notEquals = LOG)
  MailSender smtpMailSender(Environment settings) {
    try {
      return new SmtpMailSender(SmtpSettings.read(settings::get));
    } catch (IllegalArgumentException e) {
      throw new ConfigurationException(e.getMessage(), e);
    }
  }
}
