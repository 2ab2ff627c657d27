package dev.authdash.wiring;

import dev.authdash.core.config.AuthConfig;
import dev.authdash.core.config.Setting;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.core.value.PropertyResolver;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The configuration keys of {@link AuthConfig}, each with the builder method it sets. A key that is
 * unset or empty keeps the builder's default, so the defaults live in {@link AuthConfig.Builder}
 * only (application.yml names the environment variables without defaults); a value that is set but
 * cannot be read stops the start, naming the key.
 */
public final class AuthSettings {
  /** Every key of {@link AuthConfig} that the apps read. */
  public static final List<Key<?>> KEYS =
      List.of(
          new Key<>(
              "auth.session.idle-timeout",
              Duration.class,
              AuthConfig.Builder::sessionIdleTimeout,
              AuthConfig::sessionIdleTimeout),
          new Key<>(
              "auth.session.absolute-timeout",
              Duration.class,
              AuthConfig.Builder::sessionAbsoluteTimeout,
              AuthConfig::sessionAbsoluteTimeout),
          new Key<>(
              "auth.session.per-user",
              Integer.class,
              AuthConfig.Builder::sessionsPerUser,
              AuthConfig::sessionsPerUser),
          new Key<>(
              "auth.login.max-failures",
              Integer.class,
              AuthConfig.Builder::loginMaxFailures,
              AuthConfig::loginMaxFailures),
          new Key<>(
              "auth.login.lockout",
              Duration.class,
              AuthConfig.Builder::loginLockout,
              AuthConfig::loginLockout),
          new Key<>(
              "auth.login.max-lockout",
              Duration.class,
              AuthConfig.Builder::loginMaxLockout,
              AuthConfig::loginMaxLockout),
          new Key<>(
              "auth.login.ip-failures-per-minute",
              Integer.class,
              AuthConfig.Builder::loginAddressFailuresPerMinute,
              AuthConfig::loginAddressFailuresPerMinute),
          new Key<>(
              "auth.login.device-cookie-lifetime",
              Duration.class,
              AuthConfig.Builder::deviceCookieLifetime,
              AuthConfig::deviceCookieLifetime),
          new Key<>(
              "auth.password.min-length",
              Integer.class,
              AuthConfig.Builder::passwordMinLength,
              AuthConfig::passwordMinLength),
          new Key<>(
              "auth.register.per-hour",
              Integer.class,
              AuthConfig.Builder::registrationsPerHour,
              AuthConfig::registrationsPerHour),
          new Key<>(
              "auth.reset-link.validity",
              Duration.class,
              AuthConfig.Builder::resetLinkValidity,
              AuthConfig::resetLinkValidity));

  private AuthSettings() {}

  /** The core's settings: each key that is set, over the builder's defaults. */
  static AuthConfig read(PropertyResolver settings) {
    AuthConfig.Builder builder = AuthConfig.builder();
    for (Key<?> key : KEYS) {
      key.applyTo(builder, settings);
    }
    return builder.build();
  }

  /**
   * A setting's value; empty when it is unset or blank, so that the caller's default applies (the
   * one that the core or the adapter keeps, not a copy of it). A value that cannot be read stops
   * the start, naming the key ({@link Setting}, as the adapters read theirs).
   */
  public static <T> Optional<T> value(PropertyResolver settings, String name, Class<T> type) {
    try {
      return Setting.value(settings::get, name, type);
    } catch (IllegalArgumentException e) {
      throw new ConfigurationException(e.getMessage(), e);
    }
  }

  /**
   * One key.
   *
   * @param name the property ({@code auth.session.idle-timeout}; its environment variable is named
   *     in application.yml)
   * @param type what its text is read as
   * @param setter the builder method it sets
   * @param getter where the built {@link AuthConfig} keeps it (the default is {@code
   *     getter.apply(AuthConfig.defaults())})
   */
  public record Key<T>(
      String name,
      Class<T> type,
      BiConsumer<AuthConfig.Builder, T> setter,
      Function<AuthConfig, T> getter) {

    /** Sets the builder's value when the key has a value, else leaves its default. */
    void applyTo(AuthConfig.Builder builder, PropertyResolver settings) {
      value(settings, name, type).ifPresent(value -> setter.accept(builder, value));
    }
  }
}
