package dev.authdash.core.policy;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How long audit events are kept, as the setting says it: {@value #DEFAULT} by default, a duration
 * such as {@code 90d}, {@code 12h} or {@code PT30M}, or {@code 0} to keep everything. Every audit
 * log adapter reads the setting through here, so they agree; the default lives here only (unset or
 * blank is the default).
 */
public final class AuditRetention {
  /** The setting, {@code AUTH_AUDIT_RETENTION}. */
  public static final String PROPERTY = "auth.audit.retention";

  public static final String DEFAULT = "400d";
  private static final Pattern SIMPLE = Pattern.compile("(\\d+)([dhms])");

  private AuditRetention() {}

  /** The retention, or empty for {@code 0} (keep everything). */
  public static Optional<Duration> parse(String raw) {
    String value = raw == null || raw.isBlank() ? DEFAULT : raw.strip();
    if ("0".equals(value)) {
      return Optional.empty();
    }
    Duration retention = duration(value);
    if (retention.isNegative() || retention.isZero()) {
      throw new IllegalArgumentException("auth.audit.retention must be positive, or 0: " + value);
    }
    return Optional.of(retention);
  }

  private static Duration duration(String value) {
    Matcher m = SIMPLE.matcher(value);
    if (m.matches()) {
      long n = Long.parseLong(m.group(1));
      return switch (m.group(2)) {
        case "d" -> Duration.ofDays(n);
        case "h" -> Duration.ofHours(n);
        case "m" -> Duration.ofMinutes(n);
        default -> Duration.ofSeconds(n);
      };
    }
    try {
      return Duration.parse(value);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "auth.audit.retention must be a duration such as 400d, or 0 to keep everything: " + value,
          e);
    }
  }
}
