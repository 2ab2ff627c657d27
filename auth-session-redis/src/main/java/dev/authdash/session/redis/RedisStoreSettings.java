package dev.authdash.session.redis;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import java.time.Duration;

/**
 * Settings of the Redis stores under {@code auth.session.redis}; the server itself is Micronaut
 * Redis's {@code redis.uri} (env {@code REDIS_URI}). Their defaults live here only; an unset key
 * keeps its default, and so does an empty prefix.
 */
@ConfigurationProperties("auth.session.redis")
@Requires(property = RedisStoreFactory.STORE_PROPERTY, value = RedisStoreFactory.REDIS)
public class RedisStoreSettings {
  /** The default key prefix. */
  public static final String DEFAULT_PREFIX = "authdash:";

  /** The default bound on every Redis call, connecting included. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(1);

  private String prefix = DEFAULT_PREFIX;
  private Duration timeout = DEFAULT_TIMEOUT;

  /** Namespace of every key, so that several deployments (or tests) can share one Redis. */
  public String getPrefix() {
    return prefix;
  }

  public void setPrefix(@Nullable String prefix) {
    this.prefix = prefix == null || prefix.isBlank() ? DEFAULT_PREFIX : prefix;
  }

  /** How long a call may wait for Redis before failing with "store unavailable". */
  public Duration getTimeout() {
    return timeout;
  }

  /**
   * Not {@code @Nullable}: Micronaut would then inject null for a value it cannot read (an empty
   * one, but also a typo), and the start must stop on a typo, naming the key.
   */
  public void setTimeout(Duration timeout) {
    this.timeout = timeout;
  }
}
