package dev.authdash.session.redis;

import static org.assertj.core.api.Assertions.assertThat;

import io.lettuce.core.KeyScanCursor;
import io.lettuce.core.RedisClient;
import io.lettuce.core.ScanArgs;
import io.lettuce.core.ScanCursor;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.micronaut.context.ApplicationContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * JUnit 5 extension giving a test class its own {@link RedisServer}, a {@link RedisStoreConnection}
 * to it and an inspecting client. Register it as a static field with {@code @RegisterExtension};
 * the server is stopped after the class.
 */
public final class RedisServerExtension implements BeforeAllCallback, AfterAllCallback {
  private RedisServer server;
  private RedisClient inspectorClient;
  private StatefulRedisConnection<String, String> inspector;
  private RedisStoreConnection connection;

  @Override
  public void beforeAll(ExtensionContext context) {
    server = RedisServer.start();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (connection != null) {
      connection.close();
    }
    if (inspector != null) {
      inspector.close();
      inspectorClient.shutdown();
    }
    server.close();
  }

  public RedisServer server() {
    return server;
  }

  /** The connection the stores under test share (made on first use, like in the app). */
  public synchronized RedisStoreConnection connection() {
    if (connection == null) {
      connection = newConnection();
    }
    return connection;
  }

  /** Another connection, as a second process would have. The caller closes it. */
  public RedisStoreConnection newConnection() {
    return RedisStoreConnection.create(server.uri(), Duration.ofSeconds(1));
  }

  /** A plain client for looking at what the stores wrote. */
  public synchronized RedisCommands<String, String> inspect() {
    if (inspector == null) {
      inspectorClient = RedisClient.create(server.uri());
      inspector = inspectorClient.connect();
    }
    return inspector.sync();
  }

  /** A Micronaut context from these properties only: never the environment's REDIS_URI. */
  public static ApplicationContext app(Map<String, Object> properties) {
    return ApplicationContext.builder()
        .environmentPropertySource(false)
        .deduceEnvironment(false)
        .properties(properties)
        .start();
  }

  /** A Micronaut context with the Redis stores on this server, under the prefix. */
  public ApplicationContext redisApp(String prefix) {
    return app(
        Map.of(
            "auth.session.store",
            "redis",
            "redis.uri",
            server.uri(),
            "auth.session.redis.prefix",
            prefix));
  }

  /** Fails when a key under the prefix would live for ever (no TTL). */
  public void assertEveryKeyHasATimeToLive(String prefix) {
    for (String key : keys(prefix)) {
      assertThat(inspect().pttl(key)).as("PTTL of %s", key).isPositive();
    }
  }

  /** A prefix no other test uses, so tests sharing a server never see each other's keys. */
  public static String uniquePrefix() {
    return "test-" + UUID.randomUUID() + ":";
  }

  /** Every key under the prefix (SCAN, not KEYS). */
  public List<String> keys(String prefix) {
    List<String> keys = new ArrayList<>();
    ScanArgs match = ScanArgs.Builder.matches(prefix.replace("*", "\\*") + "*").limit(500);
    KeyScanCursor<String> cursor = inspect().scan(match);
    keys.addAll(cursor.getKeys());
    while (!cursor.isFinished()) {
      cursor = inspect().scan(ScanCursor.of(cursor.getCursor()), match);
      keys.addAll(cursor.getKeys());
    }
    return keys;
  }
}
