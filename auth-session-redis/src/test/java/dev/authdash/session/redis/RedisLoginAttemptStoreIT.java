package dev.authdash.session.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.authdash.core.contract.LoginAttemptStoreContractTest;
import dev.authdash.core.model.AttemptRecord;
import dev.authdash.core.port.out.LoginAttemptStore;
import dev.authdash.core.testing.TestUsers;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The login-attempt contract against a real redis-server, plus the expiry of every entry. */
class RedisLoginAttemptStoreIT extends LoginAttemptStoreContractTest {
  @RegisterExtension static final RedisServerExtension REDIS = new RedisServerExtension();

  private final String prefix = RedisServerExtension.uniquePrefix();
  private final RedisLoginAttemptStore store =
      new RedisLoginAttemptStore(REDIS.connection(), prefix, Clock.systemUTC());

  @Override
  protected LoginAttemptStore store() {
    return store;
  }

  @AfterEach
  void everyKeyLeftBehind_hasATimeToLive() {
    REDIS.assertEveryKeyHasATimeToLive(prefix);
  }

  @Test
  void aSubject_isKeptForItsRetention_renewedByEachFailure() {
    store.recordFailure("user:erin", Duration.ofMinutes(10));
    store.recordFailure("user:erin", Duration.ofMinutes(20));

    assertThat(REDIS.inspect().pttl(prefix + "attempts:user:erin"))
        .isBetween(Duration.ofMinutes(20).toMillis() - 2000, Duration.ofMinutes(20).toMillis());
  }

  @Test
  void aLock_isNeverForgottenBeforeItLifts_evenWithAShortRetention() {
    Instant until = TestUsers.now().plus(Duration.ofHours(2));
    store.lock("user:frank", 3, until, Duration.ofMinutes(1));

    assertThat(REDIS.inspect().pttl(prefix + "attempts:user:frank"))
        .isGreaterThan(Duration.ofMinutes(119).toMillis());
    assertThat(store.find("user:frank")).isEqualTo(new AttemptRecord(0, 3, until));
  }

  @Test
  void aWindowedCounter_expiresWithItsFirstIncrement_notItsLast() {
    store.increment("addr:192.0.2.1:7", Duration.ofMinutes(1));
    String key = prefix + "counter:addr:192.0.2.1:7";
    long first = REDIS.inspect().pttl(key);

    store.increment("addr:192.0.2.1:7", Duration.ofMinutes(5));

    assertThat(REDIS.inspect().pttl(key)).isPositive().isLessThanOrEqualTo(first);
  }

  @Test
  void clear_leavesNothingBehind() {
    store.recordFailure("user:gina", Duration.ofHours(1));
    store.clear("user:gina");

    assertThat(REDIS.keys(prefix)).isEmpty();
  }
}
