package dev.authdash.core.config;

import java.time.Duration;
import java.util.Optional;

/**
 * How a setting is read, the same way by the wiring and by every adapter: a key that is unset or
 * blank has no value, so the caller keeps its default, the one place that default lives ({@link
 * AuthConfig.Builder} for the core's settings, the adapter's own settings class for an adapter's);
 * a value that is set but cannot be read stops the start, naming the key. The framework's
 * conversions (durations such as {@code 5s} or {@code 200ms}, numbers) stay the framework's: the
 * caller hands in its property resolver as a {@link Source}.
 */
public final class Setting {
  private Setting() {}

  /**
   * Where settings come from: the framework's property resolver, as a method reference ({@code
   * context::get} for Micronaut's {@code PropertyResolver}).
   */
  @FunctionalInterface
  public interface Source {
    /** The key's value read as {@code type}; empty when unset or when it cannot be read so. */
    <T> Optional<T> get(String key, Class<T> type);
  }

  /**
   * The key's value; empty when it is unset or blank, so that the caller's default applies.
   *
   * @throws IllegalArgumentException when the key is set but cannot be read as {@code type}
   */
  public static <T> Optional<T> value(Source source, String key, Class<T> type) {
    Optional<String> text =
        source.get(key, String.class).map(String::strip).filter(value -> !value.isEmpty());
    if (text.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        source
            .get(key, type)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        key + ": '" + text.get() + "' is not " + expected(type))));
  }

  private static String expected(Class<?> type) {
    if (type == Duration.class) {
      return "a duration such as 30s, 10m, 12h or 365d";
    }
    if (type == Integer.class) {
      return "a whole number";
    }
    return "a valid " + type.getSimpleName();
  }
}
