package dev.authdash.cli;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The value of {@code audit --since}: a date (the start of that UTC day), a date and time (UTC
 * unless it names an offset), or an age counted back from now ({@code 30m}, {@code 12h}, {@code
 * 7d}, {@code 2w}). Anything else is a usage error that says what is accepted.
 */
final class SinceArgument {
  static final String ACCEPTED =
      "a date (2026-01-01), a UTC date and time (2026-01-01T09:30:00Z), or an age such as 30m,"
          + " 12h, 7d or 2w";
  private static final Pattern AGE = Pattern.compile("(\\d{1,6})([mhdw])");

  private SinceArgument() {}

  static Instant parse(String text, Clock clock) {
    String value = text == null ? "" : text.strip();
    Matcher age = AGE.matcher(value.toLowerCase(Locale.ROOT));
    if (age.matches()) {
      return clock.instant().minus(age(Long.parseLong(age.group(1)), age.group(2).charAt(0)));
    }
    try {
      if (value.length() == "2026-01-01".length()) {
        return LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
      }
      if (value.endsWith("Z") || value.endsWith("z")) {
        return Instant.parse(value.toUpperCase(Locale.ROOT));
      }
      if (value.matches(".*[+-]\\d\\d:\\d\\d$")) {
        return OffsetDateTime.parse(value).toInstant();
      }
      return LocalDateTime.parse(value).toInstant(ZoneOffset.UTC);
    } catch (DateTimeException e) {
      throw new CliException(
          ExitCode.USAGE, "--since takes " + ACCEPTED + ", not '" + value + "'.", e);
    }
  }

  private static Duration age(long amount, char unit) {
    return switch (unit) {
      case 'm' -> Duration.ofMinutes(amount);
      case 'h' -> Duration.ofHours(amount);
      case 'd' -> Duration.ofDays(amount);
      default -> Duration.ofDays(7 * amount);
    };
  }
}
