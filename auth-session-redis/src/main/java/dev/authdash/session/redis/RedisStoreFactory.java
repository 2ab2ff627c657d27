package dev.authdash.session.redis;

import io.lettuce.core.RedisClient;
import io.micronaut.configuration.lettuce.AbstractRedisConfiguration;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Primary;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

/**
 * Wires the shared {@link RedisStoreConnection} from Micronaut Redis's client and {@code
 * redis.uri}, only when {@code auth.session.store=redis}: with the memory store nothing here exists
 * and no connection is made. The connection itself is made on the first call.
 */
@Factory
@Requires(property = RedisStoreFactory.STORE_PROPERTY, value = RedisStoreFactory.REDIS)
public class RedisStoreFactory {
  /** Selects where sessions and login attempts live: {@code memory} (default) or {@code redis}. */
  public static final String STORE_PROPERTY = "auth.session.store";

  /** The value of {@link #STORE_PROPERTY} that selects this module. */
  public static final String REDIS = "redis";

  @Singleton
  @Bean(preDestroy = "close")
  RedisStoreConnection redisStoreConnection(
      @Nullable @Primary RedisClient client,
      @Nullable @Primary AbstractRedisConfiguration config,
      RedisStoreSettings settings) {
    if (client == null || config == null) {
      throw new ConfigurationException(
          STORE_PROPERTY
              + "=redis needs redis.uri (env REDIS_URI), for example redis://localhost:6379");
    }
    return RedisStoreConnection.using(
        client, config.getUri().orElse(config), settings.getTimeout());
  }
}
