package dev.authdash.web.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationsTest {

  @Test
  void durations_readAsAPersonWouldSayThem() {
    assertThat(Durations.spoken(Duration.ofMinutes(10))).isEqualTo("10 minutes");
    assertThat(Durations.spoken(Duration.ofMinutes(1))).isEqualTo("1 minute");
    assertThat(Durations.spoken(Duration.ofHours(12))).isEqualTo("12 hours");
    assertThat(Durations.spoken(Duration.ofSeconds(8))).isEqualTo("8 seconds");
    assertThat(Durations.spoken(Duration.ofSeconds(90))).isEqualTo("90 seconds");
  }
}
