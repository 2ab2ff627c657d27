package dev.authdash.mail.smtp;

import dev.authdash.core.error.MailDeliveryException;
import dev.authdash.core.model.MailMessage;
import dev.authdash.core.port.out.MailSender;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.Duration;
import java.util.Date;
import java.util.Properties;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPTransport;

/**
 * SMTP adapter of {@link MailSender} on Jakarta Mail (Eclipse Angus): one connection per mail (the
 * outbox sends few), text and HTML as {@code multipart/alternative} in UTF-8, bounded timeouts so a
 * dead server cannot hold the sender. A 5xx answer is a permanent refusal; everything else (no
 * connection, 4xx, a timeout) is worth a retry.
 */
public final class SmtpMailSender implements MailSender {
  static final Duration TIMEOUT = Duration.ofSeconds(20);

  private final SmtpSettings settings;
  private final Session session;

  public SmtpMailSender(SmtpSettings settings) {
    this.settings = settings;
    this.session = Session.getInstance(properties(settings));
  }

  private static Properties properties(SmtpSettings s) {
    Properties p = new Properties();
    p.put("mail.transport.protocol", "smtp");
    p.put("mail.smtp.host", s.host());
    p.put("mail.smtp.port", String.valueOf(s.port()));
    String millis = String.valueOf(TIMEOUT.toMillis());
    p.put("mail.smtp.connectiontimeout", millis);
    p.put("mail.smtp.timeout", millis);
    p.put("mail.smtp.writetimeout", millis);
    p.put("mail.smtp.auth", String.valueOf(s.authenticates()));
    switch (s.security()) {
      case NONE -> {
        // a local relay: nothing to add
      }
      case STARTTLS -> {
        p.put("mail.smtp.starttls.enable", "true");
        p.put("mail.smtp.starttls.required", "true");
        p.put("mail.smtp.ssl.checkserveridentity", "true");
      }
      case TLS -> {
        p.put("mail.smtp.ssl.enable", "true");
        p.put("mail.smtp.ssl.checkserveridentity", "true");
      }
    }
    return p;
  }

  @Override
  public String send(MailMessage message) {
    try {
      MimeMessage mime = mime(message);
      try (SMTPTransport transport = (SMTPTransport) session.getTransport("smtp")) {
        if (settings.authenticates()) {
          transport.connect(
              settings.host(), settings.port(), settings.username(), settings.password());
        } else {
          transport.connect();
        }
        transport.sendMessage(mime, mime.getAllRecipients());
        return oneLine(transport.getLastServerResponse());
      }
    } catch (SMTPSendFailedException refused) {
      int code = refused.getReturnCode();
      throw new MailDeliveryException(
          "the server refused the mail: " + oneLine(refused.getMessage()),
          code >= 500 && code < 600,
          refused);
    } catch (MessagingException e) {
      throw new MailDeliveryException(
          "cannot send through " + settings.host() + ":" + settings.port() + ": " + reason(e),
          false,
          e);
    }
  }

  private MimeMessage mime(MailMessage message) throws MessagingException {
    MimeMessage mime = new MimeMessage(session);
    mime.setFrom(new InternetAddress(settings.from()));
    mime.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(message.to().value()));
    mime.setSubject(message.subject(), "UTF-8");
    mime.setSentDate(new Date());
    MimeBodyPart text = new MimeBodyPart();
    text.setText(message.text(), "UTF-8");
    MimeBodyPart html = new MimeBodyPart();
    html.setText(message.html(), "UTF-8", "html");
    MimeMultipart alternatives = new MimeMultipart("alternative");
    alternatives.addBodyPart(text);
    alternatives.addBodyPart(html);
    mime.setContent(alternatives);
    mime.saveChanges();
    return mime;
  }

  /** The innermost cause's message, on one line (a refused connection, a TLS failure). */
  private static String reason(Exception e) {
    Throwable t = e;
    for (int depth = 0; depth < 16 && t.getCause() != null; depth++) {
      t = t.getCause();
    }
    String what = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    return oneLine(what);
  }

  private static String oneLine(String text) {
    return text == null ? "" : text.replaceAll("\\s+", " ").strip();
  }

  @Override
  public String describe() {
    return settings.describe();
  }
}
