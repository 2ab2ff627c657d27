package dev.authdash.session.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.authdash.core.contract.SessionStoreContractTest;
import dev.authdash.core.model.Session;
import dev.authdash.core.model.SessionHandle;
import dev.authdash.core.model.SessionToken;
import dev.authdash.core.model.UserId;
import dev.authdash.core.port.out.SessionStore;
import dev.authdash.core.testing.MutableClock;
import dev.authdash.core.testing.TestUsers;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.event.command.CommandListener;
import io.lettuce.core.event.command.CommandStartedEvent;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The session contract against a real redis-server, plus what Redis adds: TTLs and digests. */
class RedisSessionStoreIT extends SessionStoreContractTest {
  @RegisterExtension static final RedisServerExtension REDIS = new RedisServerExtension();

  private final String prefix = RedisServerExtension.uniquePrefix();
  private final RedisSessionStore store =
      new RedisSessionStore(REDIS.connection(), prefix, Clock.systemUTC());

  @Override
  protected SessionStore store() {
    return store;
  }

  /** Whatever a test did, every key it left behind expires by itself. */
  @AfterEach
  void everyKeyLeftBehind_hasATimeToLive() {
    REDIS.assertEveryKeyHasATimeToLive(prefix);
  }

  @Test
  void theSessionKey_livesUntilTheSessionExpires_andEachTouchMovesIt() {
    Session s = session(UserId.random(), TestUsers.now(), Duration.ofMinutes(10));
    store.create(s);
    String key = prefix + "session:" + s.tokenDigest().value();
    assertThat(REDIS.inspect().pttl(key)).isBetween(ttlFromNow(s.expiresAt(), -2000), ms(10));

    Instant later = TestUsers.now();
    store.touch(s.tokenDigest(), later, later.plus(Duration.ofMinutes(3)));

    assertThat(REDIS.inspect().pttl(key)).isBetween(ms(3) - 2000, ms(3));
  }

  @Test
  void theUserIndex_expiresWithItsNewestSession_evenWhenThatOneEnds() {
    UserId alice = UserId.random();
    Instant now = TestUsers.now();
    Session shortLived = session(alice, now, Duration.ofMinutes(5));
    Session longLived = session(alice, now, Duration.ofMinutes(20));
    store.create(shortLived);
    store.create(longLived);
    String index = prefix + "user-sessions:" + alice;
    assertThat(REDIS.inspect().pttl(index)).isBetween(ms(20) - 2000, ms(20));

    store.delete(longLived.tokenDigest());
    assertThat(REDIS.inspect().pttl(index)).isBetween(ms(5) - 2000, ms(5));

    store.delete(shortLived.tokenDigest());
    assertThat(REDIS.inspect().exists(index)).isZero();
  }

  @Test
  void theUserIndex_neverKeepsMembersPastTheirExpiry() {
    UserId alice = UserId.random();
    MutableClock clock = new MutableClock(TestUsers.now());
    RedisSessionStore timed = new RedisSessionStore(REDIS.connection(), prefix, clock);
    Instant now = clock.instant();
    Session soon = session(alice, now, Duration.ofMinutes(5));
    Session later = session(alice, now, Duration.ofMinutes(30));
    timed.create(soon);
    timed.create(later);

    clock.advance(Duration.ofMinutes(6));
    timed.create(session(alice, clock.instant(), Duration.ofMinutes(10)));

    String index = prefix + "user-sessions:" + alice;
    assertThat(REDIS.inspect().zrange(index, 0, -1))
        .hasSize(2)
        .doesNotContain(soon.tokenDigest().value());
    assertThat(timed.findByUser(alice)).hasSize(2).doesNotContain(soon);
  }

  @Test
  void revokingEverySession_leavesNoIndexBehind() {
    UserId alice = UserId.random();
    store.create(live(alice));
    store.create(live(alice));

    store.deleteAllByUser(alice, Optional.empty());

    assertThat(REDIS.keys(prefix)).isEmpty();
  }

  @Test
  void noKeyOrValue_revealsAToken() {
    List<SessionToken> tokens = new ArrayList<>();
    UserId alice = UserId.random();
    for (int i = 0; i < 3; i++) {
      SessionToken token = SessionToken.generate();
      tokens.add(token);
      Instant now = TestUsers.now();
      store.create(
          new Session(
              SessionHandle.random(),
              token.digest(),
              alice,
              now,
              now,
              now.plusSeconds(600),
              now.plusSeconds(3600),
              "203.0.113.9",
              "Firefox"));
      store.touch(token.digest(), now, now.plusSeconds(900));
    }

    StringBuilder everything = new StringBuilder();
    for (String key : REDIS.keys(prefix)) {
      everything.append(key).append('\n');
      switch (REDIS.inspect().type(key)) {
        case "hash" -> everything.append(REDIS.inspect().hgetall(key));
        case "zset" -> everything.append(REDIS.inspect().zrange(key, 0, -1));
        default -> everything.append(REDIS.inspect().get(key));
      }
      everything.append(
          new String(REDIS.inspect().dump(key), java.nio.charset.StandardCharsets.ISO_8859_1));
    }
    assertThat(everything).isNotEmpty();
    for (SessionToken token : tokens) {
      assertThat(everything.toString())
          .doesNotContain(token.reveal())
          .contains(token.digest().value());
    }
  }

  @Test
  void aTouch_isOneRoundTrip() {
    AtomicInteger sent = new AtomicInteger();
    try (RedisClient client = RedisClient.create();
        RedisStoreConnection counted =
            RedisStoreConnection.using(
                client, RedisURI.create(REDIS.server().uri()), Duration.ofSeconds(1))) {
      client.addListener(
          new CommandListener() {
            @Override
            public void commandStarted(CommandStartedEvent event) {
              sent.incrementAndGet();
            }
          });
      RedisSessionStore touching = new RedisSessionStore(counted, prefix, Clock.systemUTC());
      Session s = live(UserId.random());
      touching.create(s);
      Instant now = TestUsers.now();
      touching.touch(s.tokenDigest(), now, now.plusSeconds(600));
      sent.set(0);

      touching.touch(s.tokenDigest(), now, now.plusSeconds(700));

      assertThat(sent).as("commands sent for one touch").hasValue(1);
    }
  }

  @Test
  void scriptsStillRun_afterRedisForgotThem() {
    Session s = live(UserId.random());
    store.create(s);
    REDIS.inspect().scriptFlush();

    Instant now = TestUsers.now();
    assertThat(store.touch(s.tokenDigest(), now, now.plusSeconds(600))).isPresent();
  }

  private static long ms(int minutes) {
    return Duration.ofMinutes(minutes).toMillis();
  }

  private static long ttlFromNow(Instant expiresAt, long slack) {
    return expiresAt.toEpochMilli() - System.currentTimeMillis() + slack;
  }
}
