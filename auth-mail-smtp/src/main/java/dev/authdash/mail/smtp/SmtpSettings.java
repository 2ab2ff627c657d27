package dev.authdash.mail.smtp;

import dev.authdash.core.config.Setting;
import java.net.URI;
import java.util.Locale;
import java.util.Objects;

/**
 * How to reach the mail server: {@code AUTH_SMTP_HOST}, {@code AUTH_SMTP_PORT}, {@code
 * AUTH_SMTP_USERNAME}, {@code AUTH_SMTP_PASSWORD}, {@code AUTH_SMTP_SECURITY} and the sender's
 * address {@code AUTH_MAIL_FROM}. The password never appears in {@link #toString()}. The port's and
 * the security's defaults live here only: the apps name the keys without repeating them.
 *
 * @param username empty for a server without authentication
 * @param password empty for a server without authentication
 */
public record SmtpSettings(
    String host, int port, String username, String password, Security security, String from) {
  public static final String HOST_PROPERTY = "auth.smtp.host";
  public static final String PORT_PROPERTY = "auth.smtp.port";
  public static final String USERNAME_PROPERTY = "auth.smtp.username";
  public static final String PASSWORD_PROPERTY = "auth.smtp.password";
  public static final String SECURITY_PROPERTY = "auth.smtp.security";
  public static final String FROM_PROPERTY = "auth.mail.from";

  /** The site's address, whose host names the default sender. */
  public static final String PUBLIC_URL_PROPERTY = "auth.public-url";

  /** The submission port (RFC 6409), with STARTTLS. */
  public static final int DEFAULT_PORT = 587;

  public static final Security DEFAULT_SECURITY = Security.STARTTLS;

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

  /**
   * The settings from {@code auth.smtp.*} and {@code auth.mail.from}: each key that is unset or
   * blank keeps its default ({@code from}: {@code no-reply@} the public URL's host).
   */
  public static SmtpSettings read(Setting.Source settings) {
    return new SmtpSettings(
        text(settings, HOST_PROPERTY).strip(),
        Setting.value(settings, PORT_PROPERTY, Integer.class).orElse(DEFAULT_PORT),
        text(settings, USERNAME_PROPERTY).strip(),
        text(settings, PASSWORD_PROPERTY),
        Setting.value(settings, SECURITY_PROPERTY, String.class)
            .map(Security::parse)
            .orElse(DEFAULT_SECURITY),
        Setting.value(settings, FROM_PROPERTY, String.class)
            .map(String::strip)
            .orElseGet(() -> defaultFrom(text(settings, PUBLIC_URL_PROPERTY))));
  }

  /**
   * {@code no-reply@<the public URL's host>} when AUTH_MAIL_FROM is not set ({@code localhost}
   * without a public URL, when mail is off but for {@code authdash mail test}).
   */
  static String defaultFrom(String publicUrl) {
    String host = publicUrl.isBlank() ? null : URI.create(publicUrl.strip()).getHost();
    return "no-reply@" + (host == null ? "localhost" : host);
  }

  private static String text(Setting.Source settings, String key) {
    return Setting.value(settings, key, String.class).orElse("");
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
