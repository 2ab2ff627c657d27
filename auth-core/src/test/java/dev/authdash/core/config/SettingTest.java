package dev.authdash.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Unset or blank keeps the caller's default; a value that cannot be read names its key. */
class SettingTest {
  /** Settings as text, with whole numbers as the only conversion (the framework's in the apps). */
  private record Texts(Map<String, String> texts) implements Setting.Source {
    @Override
    public <T> Optional<T> get(String key, Class<T> type) {
      Optional<String> text = Optional.ofNullable(texts.get(key));
      if (type == String.class) {
        return text.map(type::cast);
      }
      return text.filter(t -> t.strip().matches("-?\\d+"))
          .map(t -> type.cast(Integer.valueOf(t.strip())));
    }
  }

  @Test
  void unsetOrBlank_hasNoValue_soTheCallersDefaultApplies() {
    Texts settings = new Texts(Map.of("auth.blank", "  ", "auth.empty", ""));

    assertThat(Setting.value(settings, "auth.unset", Integer.class)).isEmpty();
    assertThat(Setting.value(settings, "auth.blank", Integer.class)).isEmpty();
    assertThat(Setting.value(settings, "auth.empty", String.class)).isEmpty();
  }

  @Test
  void aValue_isReadAsItsType() {
    Texts settings = new Texts(Map.of("auth.size", " 7 ", "auth.name", "Example"));

    assertThat(Setting.value(settings, "auth.size", Integer.class)).contains(7);
    assertThat(Setting.value(settings, "auth.name", String.class)).contains("Example");
  }

  @Test
  void aValueThatCannotBeRead_isRefused_namingTheKeyAndWhatItShouldBe() {
    Texts settings = new Texts(Map.of("auth.size", "ten"));

    assertThatThrownBy(() -> Setting.value(settings, "auth.size", Integer.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("auth.size: 'ten' is not a whole number");
  }
}
