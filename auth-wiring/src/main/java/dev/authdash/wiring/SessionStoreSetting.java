package dev.authdash.wiring;

import dev.authdash.session.redis.RedisStoreFactory;
import io.micronaut.core.value.PropertyResolver;

/**
 * Where sessions and login attempts live: {@code auth.session.store} (AUTH_SESSION_STORE), {@value
 * #MEMORY} unless set, or {@value #REDIS}. The default lives here only; application.yml does not
 * declare the key (present but empty, it would select no store), and the dashboard, the wiring and
 * the CLI read it through here.
 */
public final class SessionStoreSetting {
  public static final String PROPERTY = RedisStoreFactory.STORE_PROPERTY;

  /** In this process's memory: one dashboard, development, tests. */
  public static final String MEMORY = "memory";

  /** In Redis ({@code redis.uri}), shared by every instance and the CLI. */
  public static final String REDIS = RedisStoreFactory.REDIS;

  public static final String DEFAULT = MEMORY;

  private SessionStoreSetting() {}

  /** The configured store's name as written (stripped), or the default when unset or empty. */
  public static String read(PropertyResolver settings) {
    return AuthSettings.value(settings, PROPERTY, String.class).map(String::strip).orElse(DEFAULT);
  }
}
