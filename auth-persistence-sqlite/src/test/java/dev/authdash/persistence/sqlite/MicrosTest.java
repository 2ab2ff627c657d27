package dev.authdash.persistence.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class MicrosTest {

  @Test
  void instantsRoundTripToTheMicrosecond() {
    Instant t = Instant.parse("2026-11-25T12:34:56.123456Z");

    assertThat(Micros.toInstant(Micros.of(t))).isEqualTo(t);
  }

  @Test
  void instantsBeyondALongOfMicroseconds_areClamped_notAnOverflow() {
    assertThat(Micros.of(Instant.parse("+300000-01-01T00:00:00Z"))).isEqualTo(Long.MAX_VALUE);
    assertThat(Micros.of(Instant.MIN)).isEqualTo(Long.MIN_VALUE);
    assertThat(Micros.of(Instant.parse("2999-01-01T00:00:00Z")))
        .isLessThan(Long.MAX_VALUE)
        .isPositive();
  }
}
