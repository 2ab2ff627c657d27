package dev.authdash.session.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.authdash.core.error.StoreUnavailableException;
import dev.authdash.core.model.Session;
import dev.authdash.core.model.SessionHandle;
import dev.authdash.core.model.SessionToken;
import dev.authdash.core.model.UserId;
import dev.authdash.core.port.out.LoginAttemptStore;
import dev.authdash.core.port.out.SessionStore;
import dev.authdash.core.testing.TestUsers;
import io.micronaut.context.ApplicationContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Redis going away and coming back, on this class's own server: calls fail within about a second
 * with "store unavailable", and the next call after Redis is back works, with nothing rebuilt.
 */
class RedisOutageIT {
  /** The configured timeout is 1 s; allow for a loaded build machine, never for a hang. */
  private static final Duration BOUND = Duration.ofMillis(2500);

  private static final Duration COLD_START_BOUND = Duration.ofSeconds(10);

  @RegisterExtension static final RedisServerExtension REDIS = new RedisServerExtension();

  private final String prefix = RedisServerExtension.uniquePrefix();
  private final RedisSessionStore sessions =
      new RedisSessionStore(REDIS.connection(), prefix, Clock.systemUTC());
  private final RedisLoginAttemptStore attempts =
      new RedisLoginAttemptStore(REDIS.connection(), prefix, Clock.systemUTC());

  @AfterEach
  void redisIsUpAgain() {
    REDIS.server().resume();
    if (!REDIS.server().isRunning()) {
      REDIS.server().restart();
    }
  }

  @Test
  void whenRedisStops_everyCallFailsFast_andTheNextCallAfterItIsBackWorks() {
    Session before = session();
    sessions.create(before);
    assertThat(sessions.find(before.tokenDigest())).isPresent();

    REDIS.server().stop();

    failsWithinTheBound(() -> sessions.find(before.tokenDigest()));
    failsWithinTheBound(() -> sessions.touch(before.tokenDigest(), now(), now().plusSeconds(60)));
    failsWithinTheBound(() -> sessions.create(session()));
    failsWithinTheBound(() -> sessions.findByUser(before.userId()));
    failsWithinTheBound(() -> attempts.recordFailure("user:x", Duration.ofMinutes(1)));
    failsWithinTheBound(() -> attempts.increment("addr:x", Duration.ofMinutes(1)));

    REDIS.server().restart();

    Session after = session();
    sessions.create(after);
    assertThat(sessions.find(after.tokenDigest())).contains(after);
    assertThat(attempts.recordFailure("user:x", Duration.ofMinutes(1)).consecutiveFailures())
        .isEqualTo(1);
  }

  @Test
  void whenRedisHangs_callsFailWithinTheTimeout_andWorkAgainWhenItAnswers() {
    Session s = session();
    sessions.create(s);

    REDIS.server().pause();
    try {
      failsWithinTheBound(() -> sessions.find(s.tokenDigest()));
      failsWithinTheBound(() -> sessions.touch(s.tokenDigest(), now(), now().plusSeconds(60)));
    } finally {
      REDIS.server().resume();
    }

    assertThat(sessions.find(s.tokenDigest())).contains(s);
  }

  @Test
  void anAppStartedWhileRedisIsDown_startsAndWorksOnceRedisIsUp() {
    REDIS.server().stop();
    try (ApplicationContext app = REDIS.redisApp(prefix)) {
      SessionStore store = app.getBean(SessionStore.class);
      LoginAttemptStore counters = app.getBean(LoginAttemptStore.class);
      Session s = session();

      // The very first call also starts Lettuce's event loops in this fresh context: bounded
      // generously (a hang would be Lettuce's 60 s default); the calls after it by the 1 s timeout.
      failsWithin(COLD_START_BOUND, () -> store.create(s));
      failsWithinTheBound(() -> store.create(s));
      failsWithinTheBound(() -> counters.count("addr:y"));

      REDIS.server().restart();

      store.create(s);
      assertThat(store.find(s.tokenDigest())).contains(s);
      assertThat(counters.count("addr:y")).isZero();
    }
  }

  private static void failsWithinTheBound(ThrowingCallable call) {
    failsWithin(BOUND, call);
  }

  private static void failsWithin(Duration bound, ThrowingCallable call) {
    long start = System.nanoTime();
    assertThatThrownBy(call).isInstanceOf(StoreUnavailableException.class);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(bound);
  }

  private static Instant now() {
    return TestUsers.now();
  }

  private static Session session() {
    Instant now = now();
    return new Session(
        SessionHandle.random(),
        SessionToken.generate().digest(),
        UserId.random(),
        now,
        now,
        now.plusSeconds(600),
        now.plusSeconds(3600),
        "198.51.100.7",
        "curl/8");
  }
}
