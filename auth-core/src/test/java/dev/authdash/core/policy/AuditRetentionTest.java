package dev.authdash.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class AuditRetentionTest {
  @Test
  void unset_is400Days_zeroKeepsEverything_andDurationsReadAsTheSettingsWriteThem() {
    assertThat(AuditRetention.parse(null)).contains(Duration.ofDays(400));
    assertThat(AuditRetention.parse(" ")).contains(Duration.ofDays(400));
    assertThat(AuditRetention.parse("0")).isEmpty();
    assertThat(AuditRetention.parse("90d")).contains(Duration.ofDays(90));
    assertThat(AuditRetention.parse("12h")).contains(Duration.ofHours(12));
    assertThat(AuditRetention.parse("PT30M")).contains(Duration.ofMinutes(30));
  }

  @Test
  void nonsenseOrNegative_isRefusedWithTheSettingsName() {
    assertThatThrownBy(() -> AuditRetention.parse("forever"))
        .hasMessageContaining("auth.audit.retention");
    assertThatThrownBy(() -> AuditRetention.parse("PT-5M"))
        .hasMessageContaining("auth.audit.retention");
  }
}
