package dev.authdash.web.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RelativeTimeTest {
  private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

  private static String ago(Duration d) {
    return RelativeTime.ago(NOW.minus(d), NOW);
  }

  @Test
  void recentMoments_areJustNow_evenASecondAhead() {
    assertThat(ago(Duration.ZERO)).isEqualTo("just now");
    assertThat(ago(Duration.ofSeconds(44))).isEqualTo("just now");
    assertThat(ago(Duration.ofSeconds(-2))).isEqualTo("just now");
  }

  @Test
  void minutesHoursAndDays_roundedAsSpoken() {
    assertThat(ago(Duration.ofSeconds(50))).isEqualTo("1 minute ago");
    assertThat(ago(Duration.ofMinutes(3))).isEqualTo("3 minutes ago");
    assertThat(ago(Duration.ofMinutes(89))).isEqualTo("89 minutes ago");
    assertThat(ago(Duration.ofMinutes(90))).isEqualTo("2 hours ago");
    assertThat(ago(Duration.ofHours(1).plusMinutes(31))).isEqualTo("2 hours ago");
    assertThat(ago(Duration.ofHours(35))).isEqualTo("35 hours ago");
    assertThat(ago(Duration.ofHours(36))).isEqualTo("2 days ago");
    assertThat(ago(Duration.ofDays(29))).isEqualTo("29 days ago");
  }

  @Test
  void pastAMonth_theDateAloneSaysIt() {
    assertThat(ago(Duration.ofDays(30))).isEmpty();
  }
}
