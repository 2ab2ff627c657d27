package dev.authdash.mail.smtp;

import dev.authdash.core.model.MailMessage;
import dev.authdash.core.port.out.MailSender;
import java.util.function.Consumer;

/**
 * Trial adapter of {@link MailSender} ({@code AUTH_MAIL_TRANSPORT=log}): writes each mail's
 * recipient, subject and plain text to the log instead of sending it, so forgot-password and
 * verification can be tried without a mail server. The links in it are live: the start log warns
 * that this is for trials only.
 */
public final class LogMailSender implements MailSender {
  private final Consumer<String> log;

  public LogMailSender(Consumer<String> log) {
    this.log = log;
  }

  @Override
  public String send(MailMessage message) {
    log.accept(
        "Mail (log mode, not sent)\nTo: "
            + message.to()
            + "\nSubject: "
            + message.subject()
            + "\n\n"
            + message.text());
    return "250 written to the log";
  }

  @Override
  public String describe() {
    return "the log (AUTH_MAIL_TRANSPORT=log)";
  }
}
