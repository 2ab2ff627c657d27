package dev.authdash.web.view;

import dev.authdash.core.model.LastLogin;
import dev.authdash.core.model.User;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * A user as the templates show it: plain strings, times in UTC, and what the viewer may do to it.
 *
 * @param protectedOwner the first admin: no demote or delete buttons
 * @param self the viewer itself: no delete button
 * @param previousLoginAt the sign-in before the latest: the dashboard's "last login", since the
 *     latest is the viewer's own current one
 */
public record UserView(
    String username,
    String role,
    boolean admin,
    boolean protectedOwner,
    boolean self,
    String created,
    String lastLoginAt,
    String lastLoginAddress,
    String previousLoginAt,
    String previousLoginAddress,
    int activeSessions) {
  private static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  public static UserView of(User user, int activeSessions, User viewer) {
    return new UserView(
        user.username().value(),
        user.role().name(),
        user.isAdmin(),
        user.owner(),
        user.id().equals(viewer.id()),
        format(user.createdAt()),
        user.lastLoginIfAny().map(LastLogin::at).map(UserView::format).orElse(""),
        user.lastLoginIfAny().map(LastLogin::address).orElse(""),
        user.previousLoginIfAny().map(LastLogin::at).map(UserView::format).orElse(""),
        user.previousLoginIfAny().map(LastLogin::address).orElse(""),
        activeSessions);
  }

  public static String format(Instant instant) {
    return FORMAT.format(instant);
  }
}
