package dev.authdash.web.view;

import java.time.Duration;
import java.time.Instant;

/**
 * How long ago, as a person says it: "just now", "3 minutes ago", "5 hours ago", "2 days ago".
 * Empty past a month, where the date with its zone says more.
 */
public final class RelativeTime {
  private static final Duration JUST_NOW = Duration.ofSeconds(45);
  private static final Duration IN_MINUTES = Duration.ofMinutes(90);
  private static final Duration IN_HOURS = Duration.ofHours(36);
  private static final Duration IN_DAYS = Duration.ofDays(30);

  private RelativeTime() {}

  public static String ago(Instant then, Instant now) {
    Duration past = Duration.between(then, now);
    if (past.compareTo(JUST_NOW) < 0) {
      return "just now"; // also a moment "in the future" from a clock a little ahead
    }
    if (past.compareTo(IN_MINUTES) < 0) {
      return plural(Math.max(1, Math.round(past.toSeconds() / 60.0)), "minute");
    }
    if (past.compareTo(IN_HOURS) < 0) {
      return plural(Math.round(past.toMinutes() / 60.0), "hour");
    }
    if (past.compareTo(IN_DAYS) < 0) {
      return plural(Math.round(past.toHours() / 24.0), "day");
    }
    return "";
  }

  private static String plural(long n, String unit) {
    return n + " " + unit + (n == 1 ? "" : "s") + " ago";
  }
}
