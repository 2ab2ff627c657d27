package dev.authdash.core.adapter.memory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.authdash.core.contract.LoginAttemptStoreContractTest;
import dev.authdash.core.model.AttemptRecord;
import dev.authdash.core.port.out.LoginAttemptStore;
import dev.authdash.core.testing.MutableClock;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class InMemoryLoginAttemptStoreTest extends LoginAttemptStoreContractTest {
  private final InMemoryLoginAttemptStore store = new InMemoryLoginAttemptStore(Clock.systemUTC());

  @Override
  protected LoginAttemptStore store() {
    return store;
  }

  @Test
  void entriesPastTheirRetention_areForgotten_andSweptOut() {
    MutableClock clock = MutableClock.startingNow();
    InMemoryLoginAttemptStore swept = new InMemoryLoginAttemptStore(clock);
    for (int i = 0; i < 50; i++) {
      swept.recordFailure("user:made-up-" + i, Duration.ofHours(1));
      swept.increment("addr:x:" + i, Duration.ofMinutes(1));
    }
    assertThat(swept.size()).isEqualTo(100);

    clock.advance(Duration.ofHours(2));
    assertThat(swept.find("user:made-up-1")).isEqualTo(AttemptRecord.NONE);
    swept.recordFailure("user:fresh", Duration.ofHours(1));

    assertThat(swept.size()).isEqualTo(1);
  }
}
