package dev.authdash.core.service.archfixture;

/**
 * Deliberate violation (test fixture): a core service that sends mail itself, through Jakarta Mail
 * and the SMTP adapter, instead of queueing it in the outbox.
 */
public final class CoreServiceThatSendsMailItself {
  public jakarta.mail.Session session;
  public dev.authdash.mail.smtp.SmtpMailSender sender;
}
