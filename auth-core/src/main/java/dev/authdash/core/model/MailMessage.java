package dev.authdash.core.model;

import java.util.Objects;

/**
 * One mail as it goes to the mail server: a recipient, a subject, a plain-text body and the same in
 * simple HTML. The sender's address is the transport's configuration.
 */
public record MailMessage(EmailAddress to, String subject, String text, String html) {
  public MailMessage {
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(html, "html");
  }

  @Override
  public String toString() {
    // The bodies may carry single-use links: never in a log by accident.
    return "MailMessage[to=" + to + ", subject=" + subject + "]";
  }
}
