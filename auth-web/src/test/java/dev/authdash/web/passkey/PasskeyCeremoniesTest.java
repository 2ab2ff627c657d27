package dev.authdash.web.passkey;

import static org.assertj.core.api.Assertions.assertThat;

import dev.authdash.core.testing.MutableClock;
import dev.authdash.web.passkey.PasskeyCeremonies.Purpose;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Challenges are single-use, bound to what started them, and die after five minutes. */
class PasskeyCeremoniesTest {
  private final MutableClock clock = MutableClock.startingNow();
  private final PasskeyCeremonies ceremonies = new PasskeyCeremonies(clock);

  @Test
  void aChallenge_isTakenOnce() {
    String id = ceremonies.begin(Purpose.SIGN_IN, "", "request");

    assertThat(ceremonies.take(id, Purpose.SIGN_IN, "")).contains("request");
    assertThat(ceremonies.take(id, Purpose.SIGN_IN, "")).isEmpty();
    assertThat(ceremonies.take(null, Purpose.SIGN_IN, "")).isEmpty();
  }

  @Test
  void aChallenge_isBoundToItsPurposeAndSession_andAWrongTryUsesItUp() {
    String id = ceremonies.begin(Purpose.REGISTER, "session-a", "request");

    assertThat(ceremonies.take(id, Purpose.REGISTER, "session-b")).isEmpty();
    assertThat(ceremonies.take(id, Purpose.REGISTER, "session-a")).as("already taken").isEmpty();

    String other = ceremonies.begin(Purpose.SIGN_IN, "", "request");
    assertThat(ceremonies.take(other, Purpose.SECOND_FACTOR, "")).isEmpty();
  }

  @Test
  void aChallenge_expiresAfterFiveMinutes() {
    String early = ceremonies.begin(Purpose.SIGN_IN, "", "early");
    String late = ceremonies.begin(Purpose.SIGN_IN, "", "late");
    clock.advance(Duration.ofMinutes(5).minusSeconds(1));
    assertThat(ceremonies.take(early, Purpose.SIGN_IN, "")).contains("early");
    clock.advance(Duration.ofSeconds(1));
    assertThat(ceremonies.take(late, Purpose.SIGN_IN, "")).isEmpty();
  }
}
