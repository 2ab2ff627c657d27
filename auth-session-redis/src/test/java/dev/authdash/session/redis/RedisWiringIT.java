package dev.authdash.session.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.authdash.core.port.out.LoginAttemptStore;
import dev.authdash.core.port.out.SessionStore;
import io.micronaut.context.ApplicationContext;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** How the module is selected and configured in a Micronaut application. */
class RedisWiringIT {
  @RegisterExtension static final RedisServerExtension REDIS = new RedisServerExtension();

  @Test
  void withTheMemoryStore_orNoChoice_theModuleMakesNoBeanAndNoConnection() {
    long clientsBefore = connectedClients();
    for (String store : new String[] {"memory", null}) {
      Map<String, Object> properties = new HashMap<>();
      properties.put("redis.uri", REDIS.server().uri());
      if (store != null) {
        properties.put("auth.session.store", store);
      }
      try (ApplicationContext app = RedisServerExtension.app(properties)) {
        assertThat(app.findBean(SessionStore.class)).isEmpty();
        assertThat(app.findBean(LoginAttemptStore.class)).isEmpty();
        assertThat(app.findBean(RedisStoreConnection.class)).isEmpty();
        assertThat(connectedClients()).isEqualTo(clientsBefore);
      }
    }
  }

  @Test
  void withTheRedisStore_anEmptyPrefix_keepsTheDefault_andATimeoutThatCannotBeRead_stopsTheStart() {
    try (ApplicationContext app = redisStore("auth.session.redis.prefix", "")) {
      RedisStoreSettings settings = app.getBean(RedisStoreSettings.class);

      assertThat(settings.getPrefix()).isEqualTo("authdash:");
      assertThat(settings.getTimeout()).isEqualTo(Duration.ofSeconds(1));
    }
    try (ApplicationContext app = redisStore("auth.session.redis.timeout", "soon")) {
      assertThatThrownBy(() -> app.getBean(RedisStoreSettings.class))
          .hasMessageContaining("auth.session.redis.timeout");
    }
  }

  /** A context with the Redis stores on the test server and one more setting. */
  private static ApplicationContext redisStore(String key, String value) {
    return RedisServerExtension.app(
        Map.of("auth.session.store", "redis", "redis.uri", REDIS.server().uri(), key, value));
  }

  @Test
  void withTheRedisStore_bothStoresShareOneLazyConnection_withTheConfiguredSettings() {
    String prefix = RedisServerExtension.uniquePrefix();
    long clientsBefore = connectedClients();
    try (ApplicationContext app =
        RedisServerExtension.app(
            Map.of(
                "auth.session.store",
                "redis",
                "redis.uri",
                REDIS.server().uri(),
                "auth.session.redis.prefix",
                prefix,
                "auth.session.redis.timeout",
                "750ms"))) {
      assertThat(app.getBean(SessionStore.class)).isInstanceOf(RedisSessionStore.class);
      LoginAttemptStore attempts = app.getBean(LoginAttemptStore.class);
      assertThat(attempts).isInstanceOf(RedisLoginAttemptStore.class);
      assertThat(app.getBean(RedisStoreSettings.class).getTimeout())
          .isEqualTo(Duration.ofMillis(750));
      assertThat(connectedClients())
          .as("no connection before the first call")
          .isEqualTo(clientsBefore);

      attempts.increment("addr:203.0.113.1:1", Duration.ofMinutes(1));

      assertThat(REDIS.keys(prefix)).containsExactly(prefix + "counter:addr:203.0.113.1:1");
      assertThat(connectedClients()).isEqualTo(clientsBefore + 1);
    }
  }

  @Test
  void theDefaultPrefix_isAuthdash() {
    try (ApplicationContext app =
        RedisServerExtension.app(
            Map.of("auth.session.store", "redis", "redis.uri", REDIS.server().uri()))) {
      app.getBean(LoginAttemptStore.class).increment("wiring-default", Duration.ofSeconds(30));

      assertThat(REDIS.keys("authdash:")).contains("authdash:counter:wiring-default");
    }
  }

  @Test
  void theRedisStoreWithoutRedisUri_saysWhatIsMissing() {
    try (ApplicationContext app = RedisServerExtension.app(Map.of("auth.session.store", "redis"))) {
      assertThatThrownBy(() -> app.getBean(SessionStore.class))
          .hasStackTraceContaining("redis.uri");
    }
  }

  private static long connectedClients() {
    return REDIS
        .inspect()
        .info("clients")
        .lines()
        .filter(l -> l.startsWith("connected_clients:"))
        .map(l -> Long.parseLong(l.substring(l.indexOf(':') + 1).strip()))
        .findFirst()
        .orElseThrow();
  }
}
