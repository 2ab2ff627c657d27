package dev.authdash.persistence.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
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
}
