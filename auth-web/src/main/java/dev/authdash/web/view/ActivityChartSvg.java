package dev.authdash.web.view;

import dev.authdash.core.model.ActivityBucket;
import dev.authdash.core.model.ActivityChart;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * An {@link ActivityChart} drawn on the server as inline SVG: no script and no inline style, so the
 * Content-Security-Policy stays {@code 'self'}. Succeeded sign-ins are solid bars, failed ones
 * hatched bars (told apart by pattern, not only colour), lockouts a black triangle with their count
 * above the hour or day; the y axis has labelled grid lines and the x axis labels every 6th hour or
 * 5th day in UTC. It scales to its container's width (viewBox); its text is sized for a phone.
 */
public final class ActivityChartSvg {
  private static final int WIDTH = 720;
  private static final int HEIGHT = 320;
  private static final int LEFT = 64;
  private static final int RIGHT = 12;
  private static final int TOP = 40;
  private static final int BOTTOM = 44;
  private static final int FONT = 20;
  private static final DateTimeFormatter HOUR =
      DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT).withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("MMM d", Locale.ROOT).withZone(ZoneOffset.UTC);

  private ActivityChartSvg() {}

  /**
   * The SVG element.
   *
   * @param id unique on the page (the patterns and the title are named after it)
   * @param title what the chart shows, read out by screen readers
   */
  public static String render(ActivityChart chart, String id, String title) {
    List<ActivityBucket> buckets = chart.buckets();
    long top = niceCeiling(chart.peak());
    double plotWidth = WIDTH - LEFT - RIGHT;
    double plotHeight = HEIGHT - TOP - BOTTOM;
    double band = plotWidth / buckets.size();
    double bar = band * 0.38;
    StringBuilder svg = new StringBuilder(16_384);
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"activity-chart\" viewBox=\"0 0 ")
        .append(WIDTH)
        .append(' ')
        .append(HEIGHT)
        .append("\" role=\"img\" aria-labelledby=\"")
        .append(id)
        .append("-title ")
        .append(id)
        .append("-desc\" font-family=\"system-ui, sans-serif\" font-size=\"")
        .append(FONT)
        .append("\">");
    svg.append("<title id=\"")
        .append(id)
        .append("-title\">")
        .append(escape(title))
        .append("</title>");
    svg.append("<desc id=\"")
        .append(id)
        .append("-desc\">")
        .append(
            escape(
                String.format(
                    Locale.ROOT,
                    "%d succeeded, %d failed, %d lockouts in all; the table below gives each %s.",
                    chart.signedIn(),
                    chart.failed(),
                    chart.lockouts(),
                    isHourly(chart) ? "hour" : "day")))
        .append("</desc>");
    svg.append("<defs><pattern id=\"")
        .append(id)
        .append("-hatch\" width=\"8\" height=\"8\" patternUnits=\"userSpaceOnUse\"")
        .append(" patternTransform=\"rotate(45)\"><rect width=\"8\" height=\"8\" fill=\"#fff\"/>")
        .append("<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"8\" stroke=\"#b02a37\" stroke-width=\"5\"/>")
        .append("</pattern></defs>");
    // Grid lines and y labels: 0, half, top.
    for (int i = 0; i <= 2; i++) {
      long value = top * i / 2;
      double y = TOP + plotHeight - plotHeight * i / 2;
      svg.append(line(LEFT, y, WIDTH - RIGHT, y, i == 0 ? "#212529" : "#ced4da"));
      svg.append(text(LEFT - 8, y + FONT / 3.0, "end", Long.toString(value)));
    }
    int every = isHourly(chart) ? 6 : 5;
    for (int i = 0; i < buckets.size(); i++) {
      ActivityBucket b = buckets.get(i);
      double x = LEFT + band * i + (band - 2 * bar) / 2;
      svg.append(bar(x, bar, b.signedIn(), top, plotHeight, "#0b5ed7", "#0b5ed7"));
      svg.append(
          bar(x + bar, bar, b.failed(), top, plotHeight, "url(#" + id + "-hatch)", "#b02a37"));
      if (b.lockouts() > 0) {
        double cx = LEFT + band * i + band / 2;
        svg.append(
            String.format(
                Locale.ROOT, "<path d=\"M%.1f %d l-7 -12 h14 z\" fill=\"#000\"/>", cx, TOP - 4));
        svg.append(text(cx, TOP - 20, "middle", Long.toString(b.lockouts())));
      }
      if (i % every == 0) {
        double lx = LEFT + band * i + band / 2;
        svg.append(line(lx, TOP + plotHeight, lx, TOP + plotHeight + 6, "#212529"));
        svg.append(
            text(
                lx,
                HEIGHT - BOTTOM + 32,
                "middle",
                (isHourly(chart) ? HOUR : DAY).format(b.start())));
      }
    }
    svg.append("</svg>");
    return svg.toString();
  }

  static boolean isHourly(ActivityChart chart) {
    return chart.width().equals(Duration.ofHours(1));
  }

  /**
   * The smallest of 1, 2, 5 × 10^n at or above the value, so the grid lines fall on round numbers.
   */
  static long niceCeiling(long value) {
    long magnitude = 1;
    while (true) {
      for (long step : new long[] {1, 2, 5}) {
        if (step * magnitude >= value) {
          return step * magnitude;
        }
      }
      magnitude *= 10;
    }
  }

  private static String bar(
      double x, double width, long value, long top, double plotHeight, String fill, String edge) {
    if (value == 0) {
      return "";
    }
    double height = Math.max(2, plotHeight * value / top);
    return String.format(
        Locale.ROOT,
        "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\" stroke=\"%s\"/>",
        x,
        TOP + plotHeight - height,
        width,
        height,
        fill,
        edge);
  }

  private static String line(double x1, double y1, double x2, double y2, String colour) {
    return String.format(
        Locale.ROOT,
        "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\"/>",
        x1,
        y1,
        x2,
        y2,
        colour);
  }

  private static String text(double x, double y, String anchor, String content) {
    return String.format(
        Locale.ROOT,
        "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" fill=\"#212529\">%s</text>",
        x,
        y,
        anchor,
        escape(content));
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
