package dev.authdash.core.model;

import java.time.Instant;
import java.util.Optional;

/** A listing of audit events, newest first: optionally about one username, of one kind, since. */
public record AuditQuery(
    Optional<String> username,
    Optional<AuditEventType> type,
    Optional<Instant> since,
    PageRequest page) {

  public static AuditQuery all(PageRequest page) {
    return new AuditQuery(Optional.empty(), Optional.empty(), Optional.empty(), page);
  }

  /** True when the event concerns the username, as actor or as target. */
  public boolean matches(AuditEvent event) {
    return username.map(u -> u.equals(event.actor()) || u.equals(event.target())).orElse(true)
        && type.map(t -> t == event.type()).orElse(true)
        && since.map(s -> !event.at().isBefore(s)).orElse(true);
  }
}
