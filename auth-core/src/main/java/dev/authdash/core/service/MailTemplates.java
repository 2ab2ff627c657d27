package dev.authdash.core.service;

import dev.authdash.core.model.EmailAddress;
import dev.authdash.core.model.MailMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Renders mails from the templates under {@code dev/authdash/core/mail}: {@code <kind>.txt} (first
 * line {@code Subject: …}, a blank line, then the text) and {@code <kind>.html} (the body inside
 * {@code layout.html}). {@code {{name}}} placeholders take values; in HTML they are escaped.
 */
final class MailTemplates {
  private static final String BASE = "/dev/authdash/core/mail/";
  private static final String SUBJECT = "Subject: ";

  private final String siteName;

  MailTemplates(String siteName) {
    this.siteName = siteName;
  }

  MailMessage render(String kind, EmailAddress to, Map<String, String> values) {
    Map<String, String> all = new HashMap<>(values);
    all.put("site", siteName);
    String text = fill(read(kind + ".txt"), all, false);
    int end = text.indexOf('\n');
    if (!text.startsWith(SUBJECT) || end < 0) {
      throw new IllegalStateException("mail template " + kind + ".txt has no Subject line");
    }
    String subject = text.substring(SUBJECT.length(), end).strip();
    String body = text.substring(end + 1).stripLeading();
    all.put("subject", subject);
    String html = fill(read(kind + ".html"), all, true);
    all.put("body", html);
    String page = fill(read("layout.html"), all, true, "body");
    return new MailMessage(to, subject, body, page);
  }

  private static String fill(String template, Map<String, String> values, boolean html) {
    return fill(template, values, html, null);
  }

  private static String fill(
      String template, Map<String, String> values, boolean html, String rawKey) {
    StringBuilder out = new StringBuilder(template.length() + 256);
    int at = 0;
    while (true) {
      int open = template.indexOf("{{", at);
      if (open < 0) {
        return out.append(template, at, template.length()).toString();
      }
      int close = template.indexOf("}}", open);
      String key = template.substring(open + 2, close);
      String value = values.get(key);
      if (value == null) {
        throw new IllegalStateException("mail template needs a value for " + key);
      }
      out.append(template, at, open).append(html && !key.equals(rawKey) ? escape(value) : value);
      at = close + 2;
    }
  }

  static String escape(String value) {
    StringBuilder out = new StringBuilder(value.length());
    for (char c : value.toCharArray()) {
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  private static String read(String name) {
    try (InputStream in = MailTemplates.class.getResourceAsStream(BASE + name)) {
      if (in == null) {
        throw new IllegalStateException("no mail template " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
