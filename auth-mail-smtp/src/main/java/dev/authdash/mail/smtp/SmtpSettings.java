package dev.authdash.mail.smtp;

import java.util.Locale;
import java.util.Objects;

/**
 * How to reach the mail server: {@code AUTH_SMTP_HOST}, {@code AUTH_SMTP_PORT}, {@code
 * AUTH_SMTP_USERNAME}, {@code AUTH_SMTP_PASSWORD}, {@code AUTH_SMTP_SECURITY} and the sender's
 * address {@code AUTH_MAIL_FROM}. The password never appears in {@link #toString()}.
 *
 * @param username empty for a server without authentication
 * @param password empty for a server without authentication
 */
public record SmtpSettings(
    String host, int port, String username, String password, Security security, String from) {

  /** How the connection is protected. */
  public enum Security {
    /** Plain SMTP (a relay on the same machine or network). */
    NONE,
    /** Plain connection upgraded by STARTTLS before anything else; refused without it (587). */
    STARTTLS,
    /** TLS from the first byte (465). */
    TLS;

    /** {@code none}, {@code starttls} or {@code tls}, any case. */
    public static Security parse(String raw) {
      String value = raw == null ? "" : raw.strip().toUpperCase(Locale.ROOT);
      for (Security s : values()) {
        if (s.name().equals(value)) {
          return s;
        }
      }
      throw new IllegalArgumentException(
          "AUTH_SMTP_SECURITY must be none, starttls or tls, not '" + raw + "'");
    }
  }

  public SmtpSettings {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(password, "password");
    Objects.requireNonNull(security, "security");
    Objects.requireNonNull(from, "from");
    if (port < 1 || port > 65_535) {
      throw new IllegalArgumentException("AUTH_SMTP_PORT must be 1-65535, not " + port);
    }
  }

  public boolean authenticates() {
    return !username.isEmpty();
  }

  /** {@code smtp://host:port (starttls) as user}, without the password. */
  public String describe() {
    return "smtp://"
        + host
        + ":"
        + port
        + " ("
        + security.name().toLowerCase(Locale.ROOT)
        + ")"
        + (authenticates() ? " as " + username : "")
        + ", from "
        + from;
  }

  @Override
  public String toString() {
    return "SmtpSettings[" + describe() + (password.isEmpty() ? "" : ", password ***") + "]";
  }
}
