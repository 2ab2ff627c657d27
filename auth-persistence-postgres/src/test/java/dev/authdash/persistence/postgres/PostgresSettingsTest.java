package dev.authdash.persistence.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.env.PropertySource;
import io.micronaut.context.env.PropertySourcePropertyResolver;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code AUTH_DB_URL} in the forms platforms hand out, and logs that never show a password. */
class PostgresSettingsTest {
  private static PostgresSettings of(String url, String user, String password) {
    return PostgresSettings.of(
        url, user, password, 4, Duration.ofSeconds(1), Duration.ofSeconds(2));
  }

  @Test
  void aPostgresqlUrl_isSplitIntoJdbcUrlUserAndPassword() {
    PostgresSettings s = of("postgresql://auth:s%40cret@db.example.com:6543/authdash", null, null);

    assertThat(s.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example.com:6543/authdash");
    assertThat(s.username()).isEqualTo("auth");
    assertThat(s.password()).isEqualTo("s@cret");
  }

  @Test
  void herokusPostgresScheme_andQueryParameters_areKept() {
    PostgresSettings s = of("postgres://u:p@h/db?sslmode=require", null, null);

    assertThat(s.jdbcUrl()).isEqualTo("jdbc:postgresql://h/db?sslmode=require");
  }

  @Test
  void separateUsernameAndPassword_winOverTheUrls() {
    PostgresSettings s = of("postgresql://u:p@h:5432/db", "other", "secret2");

    assertThat(s.username()).isEqualTo("other");
    assertThat(s.password()).isEqualTo("secret2");
  }

  @Test
  void aJdbcUrl_isTakenAsItIs() {
    PostgresSettings s = of("jdbc:postgresql://h:5432/db", "u", "");

    assertThat(s.jdbcUrl()).isEqualTo("jdbc:postgresql://h:5432/db");
    assertThat(s.password()).isEmpty();
  }

  @Test
  void theAddressForLogs_neverShowsThePassword() {
    assertThat(of("postgresql://u:hunter2@h/db", null, null).address())
        .isEqualTo("u @ jdbc:postgresql://h/db")
        .doesNotContain("hunter2");
    assertThat(of("jdbc:postgresql://h/db?user=u&password=hunter2", null, null).toString())
        .doesNotContain("hunter2")
        .contains("password=***");
  }

  @Test
  void anotherScheme_isRefusedWithAMessageNamingTheForms() {
    assertThatThrownBy(() -> of("mysql://h/db", null, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("postgresql://");
  }

  private static PostgresSettings read(Map<String, Object> settings) {
    return PostgresSettings.read(
        new PropertySourcePropertyResolver(PropertySource.of("test", settings))::get);
  }

  @Test
  void fromTheSettings_unsetOrEmptyKeys_keepTheDefaultsKeptHere() {
    PostgresSettings defaults =
        new PostgresSettings(
            "jdbc:postgresql://h/db", "u", "p", 10, Duration.ofSeconds(1), Duration.ofSeconds(2));

    assertThat(read(Map.of("auth.db.url", "postgresql://u:p@h/db"))).isEqualTo(defaults);
    assertThat(
            read(
                Map.of(
                    "auth.db.url", "postgresql://u:p@h/db",
                    "auth.db.username", "",
                    "auth.db.pool-size", "",
                    "auth.db.connect-timeout", " ",
                    "auth.db.socket-timeout", "")))
        .isEqualTo(defaults);
  }

  @Test
  void fromTheSettings_eachKeySetsItsValue_andOneThatCannotBeReadIsNamed() {
    assertThat(
            read(
                Map.of(
                    "auth.db.url", "postgresql://h/db",
                    "auth.db.username", "other",
                    "auth.db.password", "secret2",
                    "auth.db.pool-size", "3",
                    "auth.db.connect-timeout", "500ms",
                    "auth.db.socket-timeout", "0s")))
        .isEqualTo(
            new PostgresSettings(
                "jdbc:postgresql://h/db",
                "other",
                "secret2",
                3,
                Duration.ofMillis(500),
                Duration.ZERO));
    assertThatThrownBy(
            () -> read(Map.of("auth.db.url", "postgresql://h/db", "auth.db.pool-size", "many")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("auth.db.pool-size: 'many' is not a whole number");
  }
}
