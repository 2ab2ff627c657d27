package dev.authdash.core.service;

import dev.authdash.core.config.MailConfig;
import dev.authdash.core.model.EmailAddress;
import dev.authdash.core.model.MailId;
import dev.authdash.core.model.MailMessage;
import dev.authdash.core.model.OutboxMail;
import dev.authdash.core.port.out.MailOutbox;
import dev.authdash.core.secrets.SecretBox;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Puts mails in the outbox: renders the template, seals the bodies (they may carry a single-use
 * link) with the secret key, bound to the mail's id, and enqueues, joining the caller's unit of
 * work. Nothing is sent here: the background sender does that.
 */
final class Mailer {
  private final MailOutbox outbox;
  private final SecretBox box;
  private final MailTemplates templates;
  private final MailConfig config;
  private final TimeSource time;

  Mailer(MailOutbox outbox, SecretBox box, MailConfig config, TimeSource time) {
    this.outbox = outbox;
    this.box = box;
    this.templates = new MailTemplates(config.siteName());
    this.config = config;
    this.time = time;
  }

  MailConfig config() {
    return config;
  }

  boolean enabled() {
    return config.enabled();
  }

  /** A link to a path of the site, built from the configured public URL only. */
  String link(String pathAndQuery) {
    return config.link(pathAndQuery);
  }

  MailMessage render(String kind, EmailAddress to, Map<String, String> values) {
    return templates.render(kind, to, values);
  }

  /** Renders and enqueues a mail; does nothing when mail is off. */
  void queue(String kind, EmailAddress to, Map<String, String> values) {
    if (!enabled()) {
      return;
    }
    MailMessage message = render(kind, to, values);
    MailId id = MailId.random();
    String bodies = message.text().length() + "\n" + message.text() + message.html();
    String sealed = box.seal(bodies.getBytes(StandardCharsets.UTF_8), context(id));
    outbox.enqueue(OutboxMail.queue(id, to, kind, message.subject(), sealed, time.now()));
  }

  /** The mail as it goes to the server. */
  MailMessage open(OutboxMail mail) {
    String bodies =
        new String(box.open(mail.sealedBody(), context(mail.id())), StandardCharsets.UTF_8);
    int newline = bodies.indexOf('\n');
    int textLength = Integer.parseInt(bodies.substring(0, newline));
    String text = bodies.substring(newline + 1, newline + 1 + textLength);
    String html = bodies.substring(newline + 1 + textLength);
    return new MailMessage(mail.to(), mail.subject(), text, html);
  }

  private static String context(MailId id) {
    return "mail:" + id;
  }
}
