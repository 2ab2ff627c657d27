package dev.authdash.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.authdash.core.config.AuthConfig;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.PropertySource;
import io.micronaut.context.env.PropertySourcePropertyResolver;
import io.micronaut.context.exceptions.ConfigurationException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The core's settings: what is set wins, what is unset or empty keeps the builder's default. */
class AuthSettingsTest {
  @TempDir Path dir;

  private static AuthConfig read(Map<String, Object> settings) {
    return AuthSettings.read(
        new PropertySourcePropertyResolver(PropertySource.of("test", settings)));
  }

  @Test
  void nothingSet_givesTheBuildersDefaults() {
    assertThat(read(Map.of())).isEqualTo(AuthConfig.defaults());
  }

  @Test
  void anEmptyValue_asAnUnsetVariableLeavesIt_keepsTheDefault() {
    assertThat(read(Map.of("auth.session.idle-timeout", "", "auth.login.max-failures", "  ")))
        .isEqualTo(AuthConfig.defaults());
  }

  @Test
  void eachKey_setsItsValue() {
    AuthConfig config =
        read(
            Map.ofEntries(
                Map.entry("auth.session.idle-timeout", "5m"),
                Map.entry("auth.session.absolute-timeout", "2h"),
                Map.entry("auth.session.per-user", "3"),
                Map.entry("auth.login.max-failures", "7"),
                Map.entry("auth.login.lockout", "45s"),
                Map.entry("auth.login.max-lockout", "1h"),
                Map.entry("auth.login.ip-failures-per-minute", "11"),
                Map.entry("auth.login.device-cookie-lifetime", "30d"),
                Map.entry("auth.password.min-length", "16"),
                Map.entry("auth.register.per-hour", "4"),
                Map.entry("auth.reset-link.validity", "15m")));

    assertThat(config)
        .isEqualTo(
            AuthConfig.builder()
                .sessionIdleTimeout(Duration.ofMinutes(5))
                .sessionAbsoluteTimeout(Duration.ofHours(2))
                .sessionsPerUser(3)
                .loginMaxFailures(7)
                .loginLockout(Duration.ofSeconds(45))
                .loginMaxLockout(Duration.ofHours(1))
                .loginAddressFailuresPerMinute(11)
                .deviceCookieLifetime(Duration.ofDays(30))
                .passwordMinLength(16)
                .registrationsPerHour(4)
                .resetLinkValidity(Duration.ofMinutes(15))
                .build());
    assertThat(AuthSettings.KEYS).hasSize(11);
  }

  @Test
  void aValueThatCannotBeRead_stopsTheStart_namingTheKey() {
    assertThatThrownBy(() -> read(Map.of("auth.login.lockout", "soon")))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("auth.login.lockout: 'soon' is not a duration");
    assertThatThrownBy(() -> read(Map.of("auth.password.min-length", "twelve")))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("auth.password.min-length: 'twelve' is not a whole number");
  }

  @Test
  void theWiring_readsThemSo() {
    Map<String, Object> settings = new HashMap<>();
    settings.put("auth.db.path", dir.resolve("auth.db").toString());
    settings.put("auth.login.max-failures", "9");
    try (ApplicationContext ctx = ApplicationContext.builder().properties(settings).start()) {
      AuthConfig config = ctx.getBean(AuthConfig.class);

      assertThat(config.loginMaxFailures()).isEqualTo(9);
      assertThat(config.sessionIdleTimeout()).isEqualTo(AuthConfig.defaults().sessionIdleTimeout());
    }
  }
}
