package dev.authdash.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.authdash.core.testing.MutableClock;
import dev.authdash.session.redis.RedisServer;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * With sessions in Redis (a private redis-server), readiness probes Redis too: Redis down gives 503
 * naming it while liveness stays 200, and readiness comes back with Redis.
 */
class RedisReadinessIT {
  static RedisServer redis;
  static EmbeddedServer server;

  @BeforeAll
  static void start() {
    redis = RedisServer.start();
    server =
        ApplicationContext.run(
            EmbeddedServer.class,
            Map.of(
                "auth.session.store", "redis",
                // Redis sessions need a configured CSRF key (WebSettings refuses to start without).
                "micronaut.security.csrf.signature-key", "readiness test key, shared by nobody",
                "redis.uri", redis.uri(),
                "auth.session.redis.timeout", "5s"),
            "test");
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.getApplicationContext().close();
    }
    if (redis != null) {
      redis.close();
    }
  }

  Browser.Page get(String path) {
    return new Browser(server.getURI()).getJson(path);
  }

  @Test
  void redisDown_readyIs503NamingRedis_liveStays200_andReadyRecoversWithRedis() {
    MutableClock clock = server.getApplicationContext().getBean(MutableClock.class);
    assertThat(get("/health/ready").status()).isEqualTo(200);

    redis.stop();
    clock.advance(Duration.ofSeconds(1));
    Browser.Page ready = get("/health/ready");
    Browser.Page live = get("/health");

    assertThat(ready.status()).isEqualTo(503);
    assertThat(ready.body()).isEqualTo("{\"status\":\"DOWN\",\"down\":[\"redis\"]}");
    assertThat(live.status()).isEqualTo(200);
    assertThat(live.body()).isEqualTo("{\"status\":\"UP\"}");

    redis.restart();
    clock.advance(Duration.ofSeconds(1));
    assertThat(get("/health/ready").status()).isEqualTo(200);
  }
}
