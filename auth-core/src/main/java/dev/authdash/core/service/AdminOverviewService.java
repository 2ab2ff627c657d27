package dev.authdash.core.service;

import dev.authdash.core.model.ActivityBucket;
import dev.authdash.core.model.ActivityChart;
import dev.authdash.core.model.Actor;
import dev.authdash.core.model.AdminOverview;
import dev.authdash.core.model.AuditEventType;
import dev.authdash.core.model.HourlyCount;
import dev.authdash.core.model.Role;
import dev.authdash.core.port.in.AdminOverviewUseCase;
import dev.authdash.core.port.out.AuditStatistics;
import dev.authdash.core.port.out.SessionStore;
import dev.authdash.core.port.out.UserRepository;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The admin's overview: counts by role and live sessions from their stores, and the charts from
 * {@link AuditStatistics}: one read for the 24 UTC hours ending with the current one, one for the
 * 30 UTC days ending with today, whose hours it adds up per day.
 */
public final class AdminOverviewService implements AdminOverviewUseCase {
  static final int HOURS = 24;
  static final int DAYS = 30;

  /** The kinds of events the charts count. */
  public static final Set<AuditEventType> CHARTED =
      Collections.unmodifiableSet(
          EnumSet.of(
              AuditEventType.LOGIN_SUCCEEDED,
              AuditEventType.LOGIN_FAILED,
              AuditEventType.LOCKED,
              AuditEventType.REGISTERED,
              AuditEventType.USER_CREATED));

  private final Access access;
  private final UserRepository users;
  private final SessionStore sessions;
  private final AuditStatistics statistics;
  private final TimeSource time;

  AdminOverviewService(
      Access access,
      UserRepository users,
      SessionStore sessions,
      AuditStatistics statistics,
      TimeSource time) {
    this.access = access;
    this.users = users;
    this.sessions = sessions;
    this.statistics = statistics;
    this.time = time;
  }

  @Override
  public AdminOverview overview(Actor actor) {
    access.requireAdmin(actor);
    Instant now = time.now();
    Map<Role, Long> byRole = new EnumMap<>(Role.class);
    for (Role role : Role.values()) {
      byRole.put(role, users.countByRole(role));
    }
    Instant hourEnd = now.truncatedTo(ChronoUnit.HOURS).plus(Duration.ofHours(1));
    Instant dayEnd = now.truncatedTo(ChronoUnit.DAYS).plus(Duration.ofDays(1));
    return new AdminOverview(
        now,
        byRole,
        sessions.countLive(),
        chart(hourEnd, Duration.ofHours(1), HOURS),
        chart(dayEnd, Duration.ofDays(1), DAYS));
  }

  private ActivityChart chart(Instant end, Duration width, int buckets) {
    Instant from = end.minus(width.multipliedBy(buckets));
    long[][] counts = new long[buckets][4];
    for (HourlyCount count : statistics.countsPerHour(from, end, CHARTED)) {
      int bucket = (int) (Duration.between(from, count.hour()).toSeconds() / width.toSeconds());
      counts[bucket][column(count.type())] += count.count();
    }
    List<ActivityBucket> chart = new ArrayList<>(buckets);
    for (int i = 0; i < buckets; i++) {
      long[] c = counts[i];
      chart.add(new ActivityBucket(from.plus(width.multipliedBy(i)), c[0], c[1], c[2], c[3]));
    }
    return new ActivityChart(width, chart);
  }

  private static int column(AuditEventType type) {
    return switch (type) {
      case LOGIN_SUCCEEDED -> 0;
      case LOGIN_FAILED -> 1;
      case LOCKED -> 2;
      default -> 3; // REGISTERED, USER_CREATED
    };
  }
}
