package dev.authdash.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SinceArgumentTest {
  private static final Clock NOW =
      Clock.fixed(Instant.parse("2026-03-10T12:00:00Z"), ZoneOffset.UTC);

  @Test
  void aDate_isTheStartOfThatUtcDay() {
    assertThat(SinceArgument.parse("2026-01-01", NOW)).isEqualTo("2026-01-01T00:00:00Z");
  }

  @Test
  void anInstant_withZOrAnOffset_orAPlainDateTimeInUtc() {
    assertThat(SinceArgument.parse("2026-01-01T09:30:00Z", NOW)).isEqualTo("2026-01-01T09:30:00Z");
    assertThat(SinceArgument.parse("2026-01-01T09:30:00+02:00", NOW))
        .isEqualTo("2026-01-01T07:30:00Z");
    assertThat(SinceArgument.parse("2026-01-01T09:30", NOW)).isEqualTo("2026-01-01T09:30:00Z");
  }

  @Test
  void anAge_countsBackFromNow() {
    assertThat(SinceArgument.parse("30m", NOW)).isEqualTo("2026-03-10T11:30:00Z");
    assertThat(SinceArgument.parse("12h", NOW)).isEqualTo("2026-03-10T00:00:00Z");
    assertThat(SinceArgument.parse("7d", NOW)).isEqualTo("2026-03-03T12:00:00Z");
    assertThat(SinceArgument.parse("2W", NOW)).isEqualTo("2026-02-24T12:00:00Z");
  }

  @Test
  void anythingElse_isAUsageErrorThatSaysWhatIsAccepted_withoutJavaNames() {
    for (String bad : new String[] {"yesterday", "7", "7y", "2026-13-01", "", "-3d"}) {
      assertThatThrownBy(() -> SinceArgument.parse(bad, NOW))
          .as(bad)
          .isInstanceOfSatisfying(
              CliException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.USAGE))
          .hasMessageContaining("2026-01-01")
          .hasMessageContaining("7d")
          .hasMessageNotContaining("java.")
          .hasMessageNotContaining("Exception");
    }
  }
}
