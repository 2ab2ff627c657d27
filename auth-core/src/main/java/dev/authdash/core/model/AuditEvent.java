package dev.authdash.core.model;

import java.time.Instant;
import java.util.Objects;

/**
 * One security-relevant act. Append-only.
 *
 * @param actor who did it: a username, {@code cli:<os user>}, {@code system}, or the typed name for
 *     a failed login
 * @param target the username acted upon, or empty
 * @param detail a short human explanation (e.g. "USER → ADMIN"); never a secret
 */
public record AuditEvent(
    Instant at, AuditEventType type, String actor, String target, String address, String detail) {
  public AuditEvent {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(type, "type");
    actor = actor == null ? "" : actor;
    target = target == null ? "" : target;
    address = address == null ? "" : address;
    detail = detail == null ? "" : detail;
  }
}
