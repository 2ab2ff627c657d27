package dev.authdash.web.view;

import dev.authdash.core.model.AuditEvent;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** An audit event as the audit tables show it: plain strings, time in UTC to the second. */
public record AuditView(
    String at, String type, String actor, String target, String address, String detail) {
  private static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

  public static AuditView of(AuditEvent event) {
    return new AuditView(
        FORMAT.format(event.at()),
        event.type().name(),
        event.actor(),
        event.target(),
        event.address(),
        event.detail());
  }
}
