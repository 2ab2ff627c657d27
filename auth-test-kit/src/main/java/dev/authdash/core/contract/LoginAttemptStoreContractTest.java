package dev.authdash.core.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.authdash.core.model.AttemptRecord;
import dev.authdash.core.model.SubjectLock;
import dev.authdash.core.port.out.LoginAttemptStore;
import dev.authdash.core.testing.TestUsers;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** What every {@link LoginAttemptStore} must do. */
public abstract class LoginAttemptStoreContractTest {
  private static final Duration RETENTION = Duration.ofHours(24);

  /** An empty store whose clock is the system clock; called once per test. */
  protected abstract LoginAttemptStore store();

  @Test
  void anUnknownSubject_hasNoRecord() {
    assertThat(store().find("user:nobody")).isEqualTo(AttemptRecord.NONE);
  }

  @Test
  void failures_countUp() {
    store().recordFailure("user:alice", RETENTION);
    AttemptRecord second = store().recordFailure("user:alice", RETENTION);

    assertThat(second.consecutiveFailures()).isEqualTo(2);
    assertThat(store().find("user:alice").consecutiveFailures()).isEqualTo(2);
    assertThat(store().find("user:bob")).isEqualTo(AttemptRecord.NONE);
  }

  @Test
  void concurrentFailures_areAllCounted() throws Exception {
    int threads = 20;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<?>> done = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      done.add(
          pool.submit(
              () -> {
                start.await();
                return store().recordFailure("user:target", RETENTION);
              }));
    }
    start.countDown();
    for (Future<?> f : done) {
      f.get(30, TimeUnit.SECONDS);
    }
    pool.shutdown();

    assertThat(store().find("user:target").consecutiveFailures()).isEqualTo(threads);
  }

  @Test
  void lock_setsLevelAndUntil_andZeroesTheFailures_thenFailuresCountAgainAtThatLevel() {
    Instant until = TestUsers.now().plusSeconds(30);
    store().recordFailure("user:carol", RETENTION);
    store().lock("user:carol", 1, until, RETENTION);

    assertThat(store().find("user:carol")).isEqualTo(new AttemptRecord(0, 1, until));
    AttemptRecord after = store().recordFailure("user:carol", RETENTION);
    assertThat(after).isEqualTo(new AttemptRecord(1, 1, until));
  }

  @Test
  void clear_forgetsTheSubject() {
    store().recordFailure("user:dave", RETENTION);
    store().lock("user:dave", 2, TestUsers.now().plusSeconds(60), RETENTION);
    store().clear("user:dave");

    assertThat(store().find("user:dave")).isEqualTo(AttemptRecord.NONE);
  }

  @Test
  void subjectsWithAnyCharacters_areKeptApart() {
    store().recordFailure("user:a b:c*?[x]", RETENTION);
    store().recordFailure("user:ünï©ødé", RETENTION);
    store().recordFailure("user:ünï©ødé", RETENTION);

    assertThat(store().find("user:a b:c*?[x]").consecutiveFailures()).isEqualTo(1);
    assertThat(store().find("user:ünï©ødé").consecutiveFailures()).isEqualTo(2);
  }

  @Test
  void locks_listTheSubjectsLockedNowWithThePrefix_latestToLiftFirst_andNoLongerOnceCleared() {
    Instant now = TestUsers.now();
    store().lock("user:ann", 1, now.plusSeconds(30), RETENTION);
    store().lock("user:bob", 3, now.plusSeconds(120), RETENTION);
    store().lock("user:cy", 1, now.minusSeconds(1), RETENTION); // lifted already
    store().lock("device:AAECAwQFBgcICQoLDA0ODw", 1, now.plusSeconds(60), RETENTION);
    store().recordFailure("user:dee", RETENTION); // failing, not locked

    assertThat(store().locks("user:", 10))
        .containsExactly(
            new SubjectLock("user:bob", 3, now.plusSeconds(120)),
            new SubjectLock("user:ann", 1, now.plusSeconds(30)));
    assertThat(store().locks("user:", 1))
        .extracting(SubjectLock::subject)
        .containsExactly("user:bob");
    assertThat(store().locks("device:", 10))
        .extracting(SubjectLock::subject)
        .containsExactly("device:AAECAwQFBgcICQoLDA0ODw");
    store().clear("user:bob");
    assertThat(store().locks("user:", 10))
        .extracting(SubjectLock::subject)
        .containsExactly("user:ann");
    store().lock("user:ann", 2, now.plusSeconds(90), RETENTION);
    assertThat(store().locks("user:", 10))
        .containsExactly(new SubjectLock("user:ann", 2, now.plusSeconds(90)));
  }

  @Test
  void aDevicesCount_andLock_areKeptApartFromItsUsernames() {
    Instant until = TestUsers.now().plusSeconds(30);
    for (int i = 0; i < 5; i++) {
      store().recordFailure("user:owner", RETENTION);
    }
    store().lock("user:owner", 1, until, RETENTION);
    store().recordFailure("device:AAECAwQFBgcICQoLDA0ODw", RETENTION);
    AttemptRecord device = store().recordFailure("device:AAECAwQFBgcICQoLDA0ODw", RETENTION);

    assertThat(device).isEqualTo(new AttemptRecord(2, 0, null));
    assertThat(store().find("user:owner")).isEqualTo(new AttemptRecord(0, 1, until));
    store().lock("device:AAECAwQFBgcICQoLDA0ODw", 1, until, RETENTION);
    store().clear("user:owner");
    assertThat(store().find("device:AAECAwQFBgcICQoLDA0ODw"))
        .isEqualTo(new AttemptRecord(0, 1, until));
    assertThat(store().find("device:other-device-id-000000")).isEqualTo(AttemptRecord.NONE);
  }

  @Test
  void windowedCounters_countPerKey_evenConcurrently() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<Long>> done = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      done.add(pool.submit(() -> store().increment("addr:198.51.100.1:1", Duration.ofMinutes(1))));
    }
    for (Future<Long> f : done) {
      f.get(30, TimeUnit.SECONDS);
    }
    pool.shutdown();

    assertThat(store().count("addr:198.51.100.1:1")).isEqualTo(40);
    assertThat(store().count("addr:198.51.100.2:1")).isZero();
    assertThat(store().increment("addr:198.51.100.2:1", Duration.ofMinutes(1))).isEqualTo(1);
  }

  @Test
  void windowedCounters_ofAnyKeyAndWindow_countApart() {
    Duration hour = Duration.ofHours(1);
    assertThat(store().increment("register:2001:db8::1:493000", hour)).isEqualTo(1);
    assertThat(store().increment("register:2001:db8::1:493000", hour)).isEqualTo(2);
    assertThat(store().increment("forgot:2001:db8::1:493000", Duration.ofMinutes(15))).isEqualTo(1);
    assertThat(store().increment("register:2001:db8::1:493001", hour)).isEqualTo(1);

    assertThat(store().count("register:2001:db8::1:493000")).isEqualTo(2);
    assertThat(store().count("forgot:2001:db8::1:493000")).isEqualTo(1);
    assertThat(store().count("register:unknown")).isZero();
  }
}
