package dev.authdash.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.authdash.session.redis.RedisServer;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.sentinel.api.StatefulRedisSentinelConnection;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.SocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sessions in Redis behind Sentinel ({@code REDIS_URI=redis-sentinel://…#mymaster}): a master, a
 * replica and a sentinel from the machine's {@code redis-server} on free ports. A failover forced
 * while a signed-in client polls gives at most a short run of 503 pages during the switch, then the
 * same session keeps working on the new master, without a restart.
 */
class RedisSentinelIT {
  private static final String NAME = "mymaster";
  private static final Duration SWITCH_BOUND = Duration.ofSeconds(30);

  @TempDir static Path dir;
  static RedisServer master;
  static RedisServer replica;
  static RedisServer sentinel;
  static EmbeddedServer server;

  @BeforeAll
  static void start() {
    master = RedisServer.start();
    replica = RedisServer.startReplicaOf(master);
    sentinel = RedisServer.startSentinel(master, NAME, dir);
    server =
        ApplicationContext.run(
            EmbeddedServer.class,
            Map.of(
                "auth.session.store", "redis",
                "micronaut.security.csrf.signature-key", "sentinel test key, shared by nobody",
                "redis.uri", "redis-sentinel://127.0.0.1:" + sentinel.port() + "#" + NAME,
                "auth.session.redis.timeout", "2s"),
            "test");
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.getApplicationContext().close();
    }
    closeIfStarted(sentinel);
    closeIfStarted(replica);
    closeIfStarted(master);
  }

  private static void closeIfStarted(RedisServer redis) {
    if (redis != null) {
      redis.close();
    }
  }

  @Test
  void aForcedFailover_givesAtMostABriefRunOf503s_thenTheSameSessionWorksOnTheNewMaster()
      throws Exception {
    Browser browser = Browser.signedIn(server.getURI(), Accounts.OWNER, Accounts.OWNER_PASSWORD);
    assertThat(browser.get("/dashboard").status()).isEqualTo(200);
    RedisClient client = RedisClient.create();
    try (StatefulRedisSentinelConnection<String, String> toSentinel =
        client.connectSentinel(RedisURI.create("redis://127.0.0.1:" + sentinel.port()))) {
      SocketAddress before = toSentinel.sync().getMasterAddrByName(NAME);
      awaitReplicaInSync(toSentinel);

      assertThat(toSentinel.sync().failover(NAME)).isEqualTo("OK");

      Map<Integer, Integer> statuses = new TreeMap<>();
      List<Integer> lastFive = new ArrayList<>();
      long deadline = System.nanoTime() + SWITCH_BOUND.toNanos();
      boolean switched = false;
      while (System.nanoTime() < deadline) {
        int status = browser.get("/dashboard").status();
        statuses.merge(status, 1, Integer::sum);
        lastFive.add(status);
        if (lastFive.size() > 5) {
          lastFive.remove(0);
        }
        switched = !toSentinel.sync().getMasterAddrByName(NAME).equals(before);
        if (switched && lastFive.size() == 5 && lastFive.stream().allMatch(s -> s == 200)) {
          break;
        }
        Thread.sleep(100);
      }

      assertThat(switched).as("Sentinel moved the master").isTrue();
      assertThat(statuses.keySet()).as("answers seen: %s", statuses).isSubsetOf(200, 503);
      assertThat(lastFive).as("the same session, on the new master").containsOnly(200);
    } finally {
      client.shutdown();
    }
  }

  /** The session written before the failover must have reached the replica that takes over. */
  private static void awaitReplicaInSync(StatefulRedisSentinelConnection<String, String> sentinel)
      throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (System.nanoTime() < deadline) {
      List<Map<String, String>> replicas = sentinel.sync().replicas(NAME);
      if (!replicas.isEmpty()
          && "ok".equals(replicas.get(0).get("master-link-status"))
          && !replicas.get(0).getOrDefault("flags", "").contains("disconnected")) {
        return;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("Sentinel did not see the replica in sync within 10 s");
  }
}
