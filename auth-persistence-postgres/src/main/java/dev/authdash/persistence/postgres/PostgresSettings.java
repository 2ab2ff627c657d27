package dev.authdash.persistence.postgres;

import dev.authdash.core.config.Setting;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;

/**
 * Where the server is and how connections to it behave. Its defaults live here only: the apps name
 * the keys and their variables without repeating them.
 *
 * @param jdbcUrl a {@code jdbc:postgresql:} URL without credentials
 * @param username the role to connect as (empty: the driver's default)
 * @param password its password (empty: none); never logged
 * @param poolSize connections per process
 * @param connectTimeout how long a request waits for a connection from the pool
 * @param socketTimeout how long a statement may wait for the server before the call fails as "store
 *     unavailable" (a server that vanished without closing its sockets)
 */
public record PostgresSettings(
    String jdbcUrl,
    String username,
    String password,
    int poolSize,
    Duration connectTimeout,
    Duration socketTimeout) {
  /** The key that selects PostgreSQL; its environment variable is {@code AUTH_DB_URL}. */
  public static final String URL_PROPERTY = "auth.db.url";

  /** The role, {@code AUTH_DB_USERNAME}; unset: the URL's. */
  public static final String USERNAME_PROPERTY = "auth.db.username";

  /** Its password, {@code AUTH_DB_PASSWORD}; unset: the URL's. */
  public static final String PASSWORD_PROPERTY = "auth.db.password";

  /** The key of {@link #poolSize}, shared with SQLite (whose default differs). */
  public static final String POOL_SIZE_PROPERTY = "auth.db.pool-size";

  public static final String CONNECT_TIMEOUT_PROPERTY = "auth.db.connect-timeout";
  public static final String SOCKET_TIMEOUT_PROPERTY = "auth.db.socket-timeout";

  public static final int DEFAULT_POOL_SIZE = 10;
  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(1);
  public static final Duration DEFAULT_SOCKET_TIMEOUT = Duration.ofSeconds(2);

  public PostgresSettings {
    Objects.requireNonNull(jdbcUrl, "jdbcUrl");
    username = username == null ? "" : username;
    password = password == null ? "" : password;
    if (poolSize < 1) {
      throw new IllegalArgumentException("auth.db.pool-size must be at least 1");
    }
    if (connectTimeout.toMillis() < 250) {
      throw new IllegalArgumentException("auth.db.connect-timeout must be at least 250ms");
    }
    if (socketTimeout.isNegative()) {
      throw new IllegalArgumentException("auth.db.socket-timeout must not be negative");
    }
  }

  /**
   * The settings from {@code auth.db.*}: each key that is unset or blank keeps its default (the
   * username and password: the URL's).
   */
  public static PostgresSettings read(Setting.Source settings) {
    return of(
        Setting.value(settings, URL_PROPERTY, String.class).orElse(""),
        Setting.value(settings, USERNAME_PROPERTY, String.class).orElse(""),
        Setting.value(settings, PASSWORD_PROPERTY, String.class).orElse(""),
        Setting.value(settings, POOL_SIZE_PROPERTY, Integer.class).orElse(DEFAULT_POOL_SIZE),
        Setting.value(settings, CONNECT_TIMEOUT_PROPERTY, Duration.class)
            .orElse(DEFAULT_CONNECT_TIMEOUT),
        Setting.value(settings, SOCKET_TIMEOUT_PROPERTY, Duration.class)
            .orElse(DEFAULT_SOCKET_TIMEOUT));
  }

  /**
   * Settings from {@code auth.db.url} in either form, {@code postgresql://user:pass@host:5432/db}
   * (also {@code postgres://}, as Heroku and Render hand it out) or {@code
   * jdbc:postgresql://host/db}; a separate username or password wins over the URL's.
   */
  public static PostgresSettings of(
      String url,
      String username,
      String password,
      int poolSize,
      Duration connectTimeout,
      Duration socketTimeout) {
    String trimmed = url.trim();
    if (trimmed.startsWith("jdbc:postgresql:")) {
      return new PostgresSettings(
          trimmed, username, password, poolSize, connectTimeout, socketTimeout);
    }
    if (!trimmed.startsWith("postgresql://") && !trimmed.startsWith("postgres://")) {
      throw new IllegalArgumentException(
          "auth.db.url must start with postgresql://, postgres:// or jdbc:postgresql:");
    }
    URI uri = URI.create(trimmed);
    String userInfo = uri.getRawUserInfo();
    String urlUser = "";
    String urlPassword = "";
    if (userInfo != null) {
      int colon = userInfo.indexOf(':');
      urlUser = decode(colon < 0 ? userInfo : userInfo.substring(0, colon));
      urlPassword = colon < 0 ? "" : decode(userInfo.substring(colon + 1));
    }
    String host = uri.getHost() == null ? "localhost" : uri.getHost();
    String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
    String path = uri.getRawPath() == null ? "" : uri.getRawPath();
    String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
    return new PostgresSettings(
        "jdbc:postgresql://" + host + port + path + query,
        blank(username) ? urlUser : username,
        blank(password) ? urlPassword : password,
        poolSize,
        connectTimeout,
        socketTimeout);
  }

  /** The address for logs: the user and the JDBC URL, with any password parameter hidden. */
  public String address() {
    String shown = jdbcUrl.replaceAll("(?i)(password=)[^&]*", "$1***");
    return (username.isEmpty() ? "" : username + " @ ") + shown;
  }

  @Override
  public String toString() {
    return "PostgresSettings[" + address() + ", pool " + poolSize + "]";
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static String decode(String s) {
    return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
  }
}
