package dev.authdash.bench.redis;

import dev.authdash.core.model.Session;
import dev.authdash.core.model.SessionHandle;
import dev.authdash.core.model.SessionToken;
import dev.authdash.core.model.TokenDigest;
import dev.authdash.core.model.UserId;
import dev.authdash.session.redis.RedisServer;
import dev.authdash.session.redis.RedisSessionStore;
import dev.authdash.session.redis.RedisStoreConnection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the Redis session store adds to every request: find the session by its token's digest, then
 * touch it (last seen + new expiry, one Lua script), as the core's ResolveSessionService does. Runs
 * against a private redis-server on localhost that it starts and stops itself. The per-user index
 * holds several sessions, as a user signed in on a few devices would have.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class SessionResolveBenchmark {
  private static final int SESSIONS = 1000;

  private RedisServer server;
  private RedisStoreConnection connection;
  private RedisSessionStore store;
  private TokenDigest[] digests;

  @Setup
  public void startRedisAndSignIn() {
    server = RedisServer.start();
    connection = RedisStoreConnection.create(server.uri(), Duration.ofSeconds(1));
    store = new RedisSessionStore(connection, "bench:", Clock.systemUTC());
    digests = new TokenDigest[SESSIONS];
    Instant now = now();
    for (int i = 0; i < SESSIONS; i++) {
      UserId user = new UserId(new java.util.UUID(0, i / 4));
      Session session =
          new Session(
              SessionHandle.random(),
              SessionToken.generate().digest(),
              user,
              now,
              now,
              now.plus(Duration.ofHours(1)),
              now.plus(Duration.ofHours(12)),
              "198.51.100.7",
              "Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0");
      store.create(session);
      digests[i] = session.tokenDigest();
    }
  }

  @TearDown
  public void stopRedis() {
    connection.close();
    server.close();
  }

  /** One request's session work: find, then touch. */
  @Benchmark
  public Optional<Session> findAndTouch() {
    TokenDigest digest = pick();
    Instant now = now();
    return store
        .find(digest)
        .flatMap(found -> store.touch(digest, now, now.plus(Duration.ofHours(1))));
  }

  @Benchmark
  public Optional<Session> findOnly() {
    return store.find(pick());
  }

  @Benchmark
  public Optional<Session> touchOnly() {
    Instant now = now();
    return store.touch(pick(), now, now.plus(Duration.ofHours(1)));
  }

  private TokenDigest pick() {
    return digests[ThreadLocalRandom.current().nextInt(SESSIONS)];
  }

  private static Instant now() {
    return Instant.now().truncatedTo(ChronoUnit.MILLIS);
  }
}
