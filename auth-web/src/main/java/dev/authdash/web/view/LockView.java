package dev.authdash.web.view;

import dev.authdash.core.model.LockedName;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * One row of "Locked now": the name, when the lock lifts (UTC, and how soon), failures, address.
 */
public record LockView(
    String username, String until, String iso, String left, long failures, String lastAddress) {
  private static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

  public static LockView of(LockedName lock, Instant now) {
    return new LockView(
        lock.username(),
        FORMAT.format(lock.until()),
        lock.until().toString(),
        Durations.spoken(Duration.between(now, lock.until()).withNanos(0)),
        lock.failures(),
        lock.lastAddress());
  }
}
