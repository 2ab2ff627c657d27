package dev.authdash.core.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.authdash.core.error.StoreUnavailableException;
import dev.authdash.core.model.Readiness;
import dev.authdash.core.testing.MutableClock;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Readiness names the stores that do not answer and probes them at most once per interval. */
class ReadinessServiceTest {
  private final MutableClock clock = MutableClock.startingNow();
  private final AtomicBoolean redisDown = new AtomicBoolean();
  private final AtomicInteger databaseProbes = new AtomicInteger();
  private final ReadinessService readiness =
      new ReadinessService(
          List.of(
              new StoreProbe("database", databaseProbes::incrementAndGet),
              new StoreProbe(
                  "redis",
                  () -> {
                    if (redisDown.get()) {
                      throw new StoreUnavailableException(
                          "session store", new IOException("refused"));
                    }
                  })),
          clock,
          Duration.ofSeconds(1));

  @Test
  void whenEveryStoreAnswers_itIsReady() {
    Readiness result = readiness.check();

    assertThat(result.isReady()).isTrue();
    assertThat(result.down()).isEmpty();
  }

  @Test
  void aStoreThatFails_isNamed_andTheOthersAreNot() {
    redisDown.set(true);

    Readiness result = readiness.check();

    assertThat(result.isReady()).isFalse();
    assertThat(result.down()).containsExactly("redis");
  }

  @Test
  void withinTheInterval_theStoresAreNotProbedAgain_andTheLastResultStands() {
    readiness.check();
    redisDown.set(true);
    clock.advance(Duration.ofMillis(999));

    Readiness cached = readiness.check();

    assertThat(cached.isReady()).isTrue();
    assertThat(databaseProbes).hasValue(1);
  }

  @Test
  void afterTheInterval_theStoresAreProbedAgain_downAndBackUp() {
    readiness.check();
    redisDown.set(true);
    clock.advance(Duration.ofSeconds(1));
    assertThat(readiness.check().down()).containsExactly("redis");

    redisDown.set(false);
    clock.advance(Duration.ofSeconds(1));

    assertThat(readiness.check().isReady()).isTrue();
    assertThat(databaseProbes).hasValue(3);
  }

  @Test
  void anUnforeseenFailure_countsAsDownToo() {
    ReadinessService broken =
        new ReadinessService(
            List.of(
                new StoreProbe(
                    "database",
                    () -> {
                      throw new IllegalStateException("driver bug");
                    })),
            clock,
            Duration.ofSeconds(1));

    assertThat(broken.check().down()).containsExactly("database");
  }
}
