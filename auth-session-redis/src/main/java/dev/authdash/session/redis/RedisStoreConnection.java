package dev.authdash.session.redis;

import dev.authdash.core.error.StoreUnavailableException;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisCommandExecutionException;
import io.lettuce.core.RedisException;
import io.lettuce.core.RedisURI;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.lettuce.core.codec.StringCodec;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * The one Redis connection both Redis stores share: made on first use (so the app starts while
 * Redis is down), every command bounded by a timeout, and dropped and remade on the next call after
 * it broke (so the app recovers when Redis comes back, without a restart). Every Redis failure
 * surfaces as {@link StoreUnavailableException}.
 */
public final class RedisStoreConnection implements AutoCloseable {
  private static final String STORE = "session store";

  private final RedisClient client;
  private final RedisURI uri;
  private final boolean ownsClient;
  private final Object lock = new Object();
  private final AtomicReference<Link> link = new AtomicReference<>();
  private volatile boolean closed;

  /** One connection and its synchronous commands, bounded by the connection's timeout. */
  private record Link(
      StatefulRedisConnection<String, String> connection, RedisCommands<String, String> commands) {
    static Link over(StatefulRedisConnection<String, String> connection, Duration timeout) {
      connection.setTimeout(timeout);
      return new Link(connection, connection.sync());
    }

    boolean isOpen() {
      return connection.isOpen();
    }
  }

  private RedisStoreConnection(RedisClient client, RedisURI uri, boolean ownsClient) {
    this.client = client;
    this.uri = uri;
    this.ownsClient = ownsClient;
  }

  /**
   * Uses a client made elsewhere (Micronaut Redis's bean): sets its options for fast failure and
   * connects to {@code uri} with {@code timeout} on first use. The client stays its maker's to
   * shut.
   */
  public static RedisStoreConnection using(RedisClient client, RedisURI uri, Duration timeout) {
    client.setOptions(failFast(timeout));
    return new RedisStoreConnection(client, withTimeout(uri, timeout), false);
  }

  /** Makes and owns its own client (for the CLI, benchmarks and tests); closing shuts it down. */
  public static RedisStoreConnection create(String uri, Duration timeout) {
    RedisURI redisUri = withTimeout(RedisURI.create(uri), timeout);
    RedisClient client = RedisClient.create(redisUri);
    client.setOptions(failFast(timeout));
    return new RedisStoreConnection(client, redisUri, true);
  }

  /**
   * No buffering while disconnected and no background reconnect loop: a call made while Redis is
   * away fails at once (or after {@code timeout} when it is unreachable), and the next call after
   * it is back connects anew.
   */
  private static ClientOptions failFast(Duration timeout) {
    return ClientOptions.builder()
        .autoReconnect(false)
        .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
        .socketOptions(SocketOptions.builder().connectTimeout(timeout).keepAlive(true).build())
        .timeoutOptions(TimeoutOptions.enabled(timeout))
        .build();
  }

  private static RedisURI withTimeout(RedisURI uri, Duration timeout) {
    Objects.requireNonNull(timeout, "timeout");
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("the Redis timeout must be positive");
    }
    // Not RedisURI.builder(uri): Lettuce's copy drops a Sentinel URI's sentinels
    // (redis-sentinel://…#mymaster) and then refuses to build. The URI is this connection's alone.
    uri.setTimeout(timeout);
    return uri;
  }

  /**
   * Runs one exchange with Redis. A broken connection is dropped, so the next call reconnects; a
   * reply that is an error leaves the connection in place. Either way the caller gets {@link
   * StoreUnavailableException}.
   */
  public <T> T call(Function<RedisCommands<String, String>, T> exchange) {
    Link current = connected();
    try {
      return exchange.apply(current.commands());
    } catch (RedisCommandExecutionException e) {
      throw new StoreUnavailableException(STORE, e);
    } catch (RedisException e) {
      drop(current);
      throw new StoreUnavailableException(STORE, e);
    }
  }

  private Link connected() {
    Link current = link.get();
    if (current != null && current.isOpen()) {
      return current;
    }
    synchronized (lock) {
      if (closed) {
        throw new StoreUnavailableException(STORE, new IllegalStateException("closed"));
      }
      Link latest = link.get();
      if (latest != null && latest.isOpen()) {
        return latest;
      }
      drop(latest);
      try {
        Link fresh = Link.over(client.connect(StringCodec.UTF8, uri), uri.getTimeout());
        link.set(fresh);
        return fresh;
      } catch (RedisException e) {
        throw new StoreUnavailableException(STORE, e);
      }
    }
  }

  private void drop(Link broken) {
    if (broken != null) {
      link.compareAndSet(broken, null);
      broken.connection().closeAsync();
    }
  }

  @Override
  public void close() {
    synchronized (lock) {
      closed = true;
      Link current = link.getAndSet(null);
      if (current != null) {
        current.connection().close();
      }
    }
    if (ownsClient) {
      client.shutdown();
    }
  }
}
