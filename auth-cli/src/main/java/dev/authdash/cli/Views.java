package dev.authdash.cli;

import dev.authdash.core.model.AuditEvent;
import dev.authdash.core.model.Session;
import dev.authdash.core.model.User;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/** The documented JSON shapes of users, sessions and audit events, and their human cells. */
final class Views {
  private Views() {}

  /**
   * A user. {@code activeSessions} is null when sessions are out of reach (kept in the dashboard's
   * memory).
   */
  static Map<String, Object> user(User user, Integer activeSessions) {
    return Json.obj(
        "username", user.username().value(),
        "id", user.id().toString(),
        "role", user.role(),
        "owner", user.owner(),
        "createdAt", user.createdAt(),
        "lastLogin",
            user.lastLoginIfAny()
                .map(login -> Json.obj("at", login.at(), "address", login.address()))
                .orElse(null),
        "activeSessions", activeSessions);
  }

  static Map<String, Object> session(String username, Session session) {
    return Json.obj(
        "username", username,
        "handle", session.handle().value(),
        "createdAt", session.createdAt(),
        "lastSeenAt", session.lastSeenAt(),
        "expiresAt", session.expiresAt(),
        "absoluteExpiresAt", session.absoluteExpiresAt(),
        "address", session.address(),
        "userAgent", session.userAgent());
  }

  static Map<String, Object> event(AuditEvent event) {
    return Json.obj(
        "at", event.at(),
        "type", event.type(),
        "actor", event.actor(),
        "target", event.target(),
        "address", event.address(),
        "detail", event.detail());
  }

  /** An instant for people: UTC, to the second. */
  static String when(Instant instant) {
    return instant == null ? "-" : instant.truncatedTo(ChronoUnit.SECONDS).toString();
  }

  static String lastLogin(User user) {
    return user.lastLoginIfAny()
        .map(login -> when(login.at()) + " from " + login.address())
        .orElse("never");
  }

  static String yesNo(boolean value) {
    return value ? "yes" : "no";
  }

  /** A session count, or "-" when sessions are out of reach. */
  static String count(Integer sessions) {
    return sessions == null ? "-" : sessions.toString();
  }
}
