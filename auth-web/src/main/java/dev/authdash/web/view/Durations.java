package dev.authdash.web.view;

import java.time.Duration;

/** Durations as a person reads them: "10 minutes", "1 hour", "8 seconds". */
public final class Durations {
  private Durations() {}

  public static String spoken(Duration d) {
    if (d.toHours() > 0 && d.toMinutesPart() == 0 && d.toSecondsPart() == 0) {
      return plural(d.toHours(), "hour");
    }
    if (d.toMinutes() > 0 && d.toSecondsPart() == 0) {
      return plural(d.toMinutes(), "minute");
    }
    return plural(d.toSeconds(), "second");
  }

  private static String plural(long n, String unit) {
    return n + " " + unit + (n == 1 ? "" : "s");
  }
}
