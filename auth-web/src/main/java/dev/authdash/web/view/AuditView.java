package dev.authdash.web.view;

import dev.authdash.core.model.AuditEvent;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * An audit event as the audit tables show it: the kind in words with its code beside it, the time
 * in UTC to the second with how long ago it was, and plain strings for the rest.
 *
 * @param at the time with its zone, "2026-01-01 09:00:00 UTC"
 * @param iso the same instant for {@code <time datetime>}
 * @param ago "3 minutes ago", or empty where the date says more
 * @param code the kind's code, for admins who script (the CLI's and the filter's name)
 * @param label the kind in words, "Signed in"
 */
public record AuditView(
    String at,
    String iso,
    String ago,
    String code,
    String label,
    String actor,
    String target,
    String address,
    String detail) {
  private static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

  public static AuditView of(AuditEvent event, Instant now) {
    return new AuditView(
        FORMAT.format(event.at()),
        event.at().toString(),
        RelativeTime.ago(event.at(), now),
        event.type().name(),
        AuditEventLabels.label(event.type()),
        event.actor(),
        event.target(),
        event.address(),
        event.detail());
  }
}
