package dev.authdash.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.authdash.core.crypto.BoundedPasswordHasher;
import io.micronaut.context.env.PropertySource;
import io.micronaut.context.env.PropertySourcePropertyResolver;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.core.value.PropertyResolver;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The hashing pool's and the session store's settings: unset or empty keeps their defaults. */
class HashingAndStoreSettingsTest {
  private static PropertyResolver settings(Map<String, Object> values) {
    return new PropertySourcePropertyResolver(PropertySource.of("test", values));
  }

  @Test
  void hashing_unsetOrEmpty_isOneThreadPerCore_admittedByMaxWaitOnly() {
    HashingSettings defaults = new HashingSettings(0, Duration.ofSeconds(2), -1);

    assertThat(HashingSettings.read(settings(Map.of()))).isEqualTo(defaults);
    assertThat(
            HashingSettings.read(
                settings(
                    Map.of(
                        "auth.hashing.threads", "",
                        "auth.hashing.max-wait", " ",
                        "auth.hashing.queue", ""))))
        .isEqualTo(defaults);
    assertThat(defaults.running()).isEqualTo(Runtime.getRuntime().availableProcessors());
    assertThat(defaults.capsTheQueue()).isFalse();
    assertThat(defaults.waiting()).isEqualTo(BoundedPasswordHasher.NO_FIXED_QUEUE);
  }

  @Test
  void hashing_eachKeySetsItsValue_andOneThatCannotBeReadIsNamed() {
    HashingSettings set =
        HashingSettings.read(
            settings(
                Map.of(
                    "auth.hashing.threads", "2",
                    "auth.hashing.max-wait", "500ms",
                    "auth.hashing.queue", "8")));

    assertThat(set).isEqualTo(new HashingSettings(2, Duration.ofMillis(500), 8));
    assertThat(set.running()).isEqualTo(2);
    assertThat(set.waiting()).isEqualTo(8);
    assertThatThrownBy(() -> HashingSettings.read(settings(Map.of("auth.hashing.threads", "all"))))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("auth.hashing.threads: 'all' is not a whole number");
  }

  @Test
  void sessionStore_unsetOrEmpty_isMemory() {
    assertThat(SessionStoreSetting.read(settings(Map.of()))).isEqualTo("memory");
    assertThat(SessionStoreSetting.read(settings(Map.of("auth.session.store", " "))))
        .isEqualTo("memory");
    assertThat(SessionStoreSetting.read(settings(Map.of("auth.session.store", " redis "))))
        .isEqualTo("redis");
  }
}
