package dev.authdash.core.adapter.memory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.authdash.core.contract.SessionStoreContractTest;
import dev.authdash.core.model.UserId;
import dev.authdash.core.port.out.SessionStore;
import dev.authdash.core.testing.MutableClock;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class InMemorySessionStoreTest extends SessionStoreContractTest {
  private final InMemorySessionStore store = new InMemorySessionStore(Clock.systemUTC());

  @Override
  protected SessionStore store() {
    return store;
  }

  @Test
  void expiredSessions_areSweptOut_soMemoryStaysBounded() {
    MutableClock clock = MutableClock.startingNow();
    InMemorySessionStore swept = new InMemorySessionStore(clock);
    for (int i = 0; i < 100; i++) {
      swept.create(session(UserId.random(), clock.instant(), Duration.ofMinutes(10)));
    }
    assertThat(swept.size()).isEqualTo(100);

    clock.advance(Duration.ofMinutes(11));
    swept.create(session(UserId.random(), clock.instant(), Duration.ofMinutes(10)));

    assertThat(swept.size()).isEqualTo(1);
  }
}
