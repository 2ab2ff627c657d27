package dev.authdash.persistence.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.env.PropertySource;
import io.micronaut.context.env.PropertySourcePropertyResolver;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code auth.db.*} for SQLite: unset or empty keeps the defaults kept here, and only here. */
class SqliteSettingsTest {
  private static SqliteSettings read(Map<String, Object> settings) {
    return SqliteSettings.read(
        new PropertySourcePropertyResolver(PropertySource.of("test", settings))::get);
  }

  @Test
  void nothingSet_orEmpty_givesTheDefaults() {
    SqliteSettings defaults = new SqliteSettings(Path.of("data/auth.db"), Duration.ofSeconds(5), 4);

    assertThat(read(Map.of())).isEqualTo(defaults);
    assertThat(
            read(Map.of("auth.db.path", "", "auth.db.busy-timeout", " ", "auth.db.pool-size", "")))
        .isEqualTo(defaults);
  }

  @Test
  void eachKey_setsItsValue() {
    assertThat(
            read(
                Map.of(
                    "auth.db.path", "/srv/auth.db",
                    "auth.db.busy-timeout", "200ms",
                    "auth.db.pool-size", "2")))
        .isEqualTo(new SqliteSettings(Path.of("/srv/auth.db"), Duration.ofMillis(200), 2));
  }

  @Test
  void aValueThatCannotBeRead_stopsTheStart_namingTheKey() {
    assertThatThrownBy(() -> read(Map.of("auth.db.busy-timeout", "soon")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("auth.db.busy-timeout: 'soon' is not a duration");
  }
}
