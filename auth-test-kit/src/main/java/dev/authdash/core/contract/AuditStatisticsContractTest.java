package dev.authdash.core.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.authdash.core.model.AuditEvent;
import dev.authdash.core.model.AuditEventType;
import dev.authdash.core.model.HourlyCount;
import dev.authdash.core.port.out.AuditLog;
import dev.authdash.core.port.out.AuditStatistics;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What every {@link AuditStatistics} must do: exact counts per whole UTC hour of what its {@link
 * AuditLog} appended. The seeded log starts at {@link #START}, in the middle of the night in UTC
 * (the hours are UTC whatever the JVM's or the database's time zone).
 */
public abstract class AuditStatisticsContractTest {
  protected static final Instant START = Instant.parse("2026-03-28T22:00:00Z");
  private static final Set<AuditEventType> SIGN_INS =
      EnumSet.of(
          AuditEventType.LOGIN_SUCCEEDED, AuditEventType.LOGIN_FAILED, AuditEventType.LOCKED);

  /** An empty log; called once per test (or more, returning the same log). */
  protected abstract AuditLog log();

  /** The statistics over {@link #log()}'s events. */
  protected abstract AuditStatistics statistics();

  private void append(Instant at, AuditEventType type) {
    log().append(new AuditEvent(at, type, "someone", "", "192.0.2.7", ""));
  }

  private static HourlyCount count(Instant hour, AuditEventType type, long n) {
    return new HourlyCount(hour, type, n);
  }

  @Test
  void anEmptyLog_hasNoCounts() {
    assertThat(statistics().countsPerHour(START, START.plus(Duration.ofDays(30)), SIGN_INS))
        .isEmpty();
  }

  @Test
  void eventsAreCountedInTheUtcHourTheyFellIn_theEdgesExact() {
    Instant hour = START.plus(Duration.ofHours(3));
    append(hour, AuditEventType.LOGIN_FAILED);
    append(hour.plusMillis(1), AuditEventType.LOGIN_FAILED);
    append(hour.plus(Duration.ofHours(1)).minusNanos(1_000), AuditEventType.LOGIN_FAILED);
    append(hour.plus(Duration.ofHours(1)), AuditEventType.LOGIN_FAILED);
    append(hour.plus(Duration.ofMinutes(30)), AuditEventType.LOGIN_SUCCEEDED);
    append(hour.plus(Duration.ofMinutes(31)), AuditEventType.LOCKED);

    assertThat(statistics().countsPerHour(START, START.plus(Duration.ofDays(1)), SIGN_INS))
        .containsExactly(
            count(hour, AuditEventType.LOCKED, 1),
            count(hour, AuditEventType.LOGIN_FAILED, 3),
            count(hour, AuditEventType.LOGIN_SUCCEEDED, 1),
            count(hour.plus(Duration.ofHours(1)), AuditEventType.LOGIN_FAILED, 1));
  }

  @Test
  void theRangeIncludesItsFirstHour_andEndsBeforeItsLast() {
    Instant from = START.plus(Duration.ofHours(5));
    Instant to = from.plus(Duration.ofHours(2));
    append(from.minusNanos(1_000), AuditEventType.LOGIN_FAILED);
    append(from, AuditEventType.LOGIN_FAILED);
    append(to.minusNanos(1_000), AuditEventType.LOGIN_FAILED);
    append(to, AuditEventType.LOGIN_FAILED);

    assertThat(statistics().countsPerHour(from, to, SIGN_INS))
        .containsExactly(
            count(from, AuditEventType.LOGIN_FAILED, 1),
            count(from.plus(Duration.ofHours(1)), AuditEventType.LOGIN_FAILED, 1));
  }

  @Test
  void onlyTheAskedKindsComeBack() {
    append(START, AuditEventType.REGISTERED);
    append(START, AuditEventType.USER_CREATED);
    append(START, AuditEventType.LOGGED_OUT);
    append(START, AuditEventType.LOGIN_SUCCEEDED);

    assertThat(
            statistics()
                .countsPerHour(
                    START,
                    START.plus(Duration.ofHours(1)),
                    EnumSet.of(AuditEventType.REGISTERED, AuditEventType.USER_CREATED)))
        .containsExactly(
            count(START, AuditEventType.REGISTERED, 1),
            count(START, AuditEventType.USER_CREATED, 1));
  }

  @Test
  void thirtyDaysOfEvents_countExactlyPerHour() {
    // Day d (0..29) has d + 1 failures at minute 59 of hour (d % 24), and one success at its
    // first instant; the log is seeded out of time order.
    List<HourlyCount> expected = new ArrayList<>();
    for (int d = 29; d >= 0; d--) {
      Instant day = START.plus(Duration.ofDays(d));
      Instant failuresHour = day.plus(Duration.ofHours(d % 24));
      append(day, AuditEventType.LOGIN_SUCCEEDED);
      for (int i = 0; i <= d; i++) {
        append(
            failuresHour.plus(Duration.ofMinutes(59)).plusSeconds(i), AuditEventType.LOGIN_FAILED);
      }
    }
    for (int d = 0; d < 30; d++) {
      Instant day = START.plus(Duration.ofDays(d));
      if (d % 24 == 0) {
        expected.add(count(day, AuditEventType.LOGIN_FAILED, d + 1L));
        expected.add(count(day, AuditEventType.LOGIN_SUCCEEDED, 1));
      } else {
        expected.add(count(day, AuditEventType.LOGIN_SUCCEEDED, 1));
        expected.add(
            count(day.plus(Duration.ofHours(d % 24)), AuditEventType.LOGIN_FAILED, d + 1L));
      }
    }

    assertThat(statistics().countsPerHour(START, START.plus(Duration.ofDays(30)), SIGN_INS))
        .containsExactlyElementsOf(expected);
  }

  @Test
  void prunedEvents_areNoLongerCounted() {
    append(START, AuditEventType.LOGIN_FAILED);
    append(START.plus(Duration.ofMinutes(10)), AuditEventType.LOGIN_FAILED);
    append(START.plus(Duration.ofMinutes(20)), AuditEventType.LOGIN_FAILED);
    append(START.plus(Duration.ofHours(1)), AuditEventType.LOGIN_FAILED);

    log().pruneBefore(START.plus(Duration.ofMinutes(15)));

    assertThat(statistics().countsPerHour(START, START.plus(Duration.ofHours(2)), SIGN_INS))
        .containsExactly(
            count(START, AuditEventType.LOGIN_FAILED, 1),
            count(START.plus(Duration.ofHours(1)), AuditEventType.LOGIN_FAILED, 1));
    log().pruneBefore(START.plus(Duration.ofMinutes(30)));
    assertThat(statistics().countsPerHour(START, START.plus(Duration.ofHours(2)), SIGN_INS))
        .containsExactly(count(START.plus(Duration.ofHours(1)), AuditEventType.LOGIN_FAILED, 1));
  }

  @Test
  void aRangeThatDoesNotStartOrEndAnHour_isRefused() {
    assertThatThrownBy(
            () ->
                statistics()
                    .countsPerHour(START.plusSeconds(1), START.plus(Duration.ofHours(1)), SIGN_INS))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> statistics().countsPerHour(START, START.plus(Duration.ofMinutes(90)), SIGN_INS))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
