package dev.authdash.core.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LockoutPolicyTest {
  private final LockoutPolicy policy =
      new LockoutPolicy(
          5, Duration.ofSeconds(30), Duration.ofMinutes(15), 30, Duration.ofHours(24));

  @Test
  void locksDoubleFromThirtySeconds_upToFifteenMinutes() {
    assertThat(policy.lockDuration(1)).isEqualTo(Duration.ofSeconds(30));
    assertThat(policy.lockDuration(2)).isEqualTo(Duration.ofSeconds(60));
    assertThat(policy.lockDuration(3)).isEqualTo(Duration.ofSeconds(120));
    assertThat(policy.lockDuration(5)).isEqualTo(Duration.ofSeconds(480));
    assertThat(policy.lockDuration(6)).isEqualTo(Duration.ofMinutes(15));
    assertThat(policy.lockDuration(60)).isEqualTo(Duration.ofMinutes(15));
  }

  @Test
  void subjects_areTheTypedNameTrimmedAndLowerCased_andBounded() {
    assertThat(policy.subjectFor("  Alice ")).isEqualTo("user:alice");
    assertThat(policy.subjectFor(null)).isEqualTo("user:");
    assertThat(policy.subjectFor("x".repeat(500))).hasSize("user:".length() + 64);
  }

  @Test
  void addressWindows_areWholeMinutes() {
    Instant t = Instant.parse("2026-01-15T10:00:42Z");

    assertThat(policy.addressCounterFor("192.0.2.1", t))
        .isEqualTo(policy.addressCounterFor("192.0.2.1", Instant.parse("2026-01-15T10:00:00Z")))
        .isNotEqualTo(policy.addressCounterFor("192.0.2.1", Instant.parse("2026-01-15T10:01:00Z")));
    assertThat(policy.untilWindowEnds(t)).isEqualTo(Duration.ofSeconds(18));
  }
}
