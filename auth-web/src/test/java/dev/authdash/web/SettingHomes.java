package dev.authdash.web;

import dev.authdash.core.config.AuthConfig;
import dev.authdash.core.config.MailConfig;
import dev.authdash.core.crypto.BoundedPasswordHasher;
import dev.authdash.core.policy.AuditRetention;
import dev.authdash.mail.smtp.MailTransportFactory;
import dev.authdash.mail.smtp.SmtpSettings;
import dev.authdash.persistence.postgres.PostgresSettings;
import dev.authdash.persistence.sqlite.SqliteSettings;
import dev.authdash.session.redis.RedisStoreSettings;
import dev.authdash.wiring.AuthSettings;
import dev.authdash.wiring.HashingSettings;
import dev.authdash.wiring.SessionStoreSetting;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Every key whose default lives in a class (its one home, read the same way by the dashboard and
 * the CLI), with that default written as the docs write it ({@code 10m}, {@code 365d}, {@code 5}).
 * A key with two defaults (the pool size: SQLite's, then PostgreSQL's) lists both.
 */
final class SettingHomes {
  private SettingHomes() {}

  static Map<String, List<String>> defaults() {
    Map<String, List<String>> found = new LinkedHashMap<>();
    AuthConfig core = AuthConfig.defaults();
    for (AuthSettings.Key<?> key : AuthSettings.KEYS) {
      found.put(key.name(), List.of(text(key.getter().apply(core))));
    }
    MailConfig mail = MailConfig.on("https://auth.example.com", "");
    found.put("auth.site-name", List.of(mail.siteName()));
    found.put("auth.forgot-password.per-hour", List.of(text(mail.resetRequestsPerAddress())));
    found.put("auth.forgot-password.mails-per-account", List.of(text(mail.resetMailsPerAccount())));
    found.put(HashingSettings.THREADS_PROPERTY, List.of(text(HashingSettings.DEFAULT_THREADS)));
    found.put(
        HashingSettings.MAX_WAIT_PROPERTY, List.of(text(BoundedPasswordHasher.DEFAULT_MAX_WAIT)));
    found.put(HashingSettings.QUEUE_PROPERTY, List.of(text(HashingSettings.DEFAULT_QUEUE)));
    found.put(SqliteSettings.PATH_PROPERTY, List.of(SqliteSettings.DEFAULT_PATH));
    found.put(
        SqliteSettings.BUSY_TIMEOUT_PROPERTY, List.of(text(SqliteSettings.DEFAULT_BUSY_TIMEOUT)));
    found.put(
        SqliteSettings.POOL_SIZE_PROPERTY,
        List.of(text(SqliteSettings.DEFAULT_POOL_SIZE), text(PostgresSettings.DEFAULT_POOL_SIZE)));
    found.put(
        PostgresSettings.CONNECT_TIMEOUT_PROPERTY,
        List.of(text(PostgresSettings.DEFAULT_CONNECT_TIMEOUT)));
    found.put(
        PostgresSettings.SOCKET_TIMEOUT_PROPERTY,
        List.of(text(PostgresSettings.DEFAULT_SOCKET_TIMEOUT)));
    found.put(SmtpSettings.PORT_PROPERTY, List.of(text(SmtpSettings.DEFAULT_PORT)));
    found.put(SmtpSettings.SECURITY_PROPERTY, List.of(text(SmtpSettings.DEFAULT_SECURITY)));
    found.put(
        MailTransportFactory.TRANSPORT_PROPERTY, List.of(MailTransportFactory.DEFAULT_TRANSPORT));
    found.put(SessionStoreSetting.PROPERTY, List.of(SessionStoreSetting.DEFAULT));
    RedisStoreSettings redis = new RedisStoreSettings();
    found.put("auth.session.redis.prefix", List.of(redis.getPrefix()));
    found.put("auth.session.redis.timeout", List.of(text(redis.getTimeout())));
    found.put(AuditRetention.PROPERTY, List.of(AuditRetention.DEFAULT));
    return found;
  }

  private static String text(Object value) {
    if (value instanceof Duration duration) {
      return text(duration);
    }
    if (value instanceof Enum<?> constant) {
      return constant.name().toLowerCase(Locale.ROOT);
    }
    return value.toString();
  }

  private static String text(Duration duration) {
    long seconds = duration.toSeconds();
    if (seconds % 86_400 == 0) {
      return seconds / 86_400 + "d";
    }
    if (seconds % 3_600 == 0) {
      return seconds / 3_600 + "h";
    }
    return seconds % 60 == 0 ? seconds / 60 + "m" : seconds + "s";
  }
}
