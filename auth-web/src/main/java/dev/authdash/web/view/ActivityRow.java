package dev.authdash.web.view;

import dev.authdash.core.model.ActivityBucket;
import dev.authdash.core.model.ActivityChart;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** One line of a chart's table: the UTC hour or day in words and its counts. */
public record ActivityRow(
    String when, long signedIn, long failed, long lockouts, long newAccounts) {
  private static final DateTimeFormatter HOUR =
      DateTimeFormatter.ofPattern("MMM d, HH:mm", Locale.ROOT).withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEE MMM d", Locale.ROOT).withZone(ZoneOffset.UTC);

  /** The chart's buckets, newest first, as a table reads best. */
  public static List<ActivityRow> of(ActivityChart chart) {
    DateTimeFormatter format = ActivityChartSvg.isHourly(chart) ? HOUR : DAY;
    List<ActivityRow> rows = new ArrayList<>(chart.buckets().size());
    for (int i = chart.buckets().size() - 1; i >= 0; i--) {
      rows.add(of(chart.buckets().get(i), format));
    }
    return List.copyOf(rows);
  }

  private static ActivityRow of(ActivityBucket b, DateTimeFormatter format) {
    return new ActivityRow(
        format.format(b.start()), b.signedIn(), b.failed(), b.lockouts(), b.newAccounts());
  }
}
