package dev.authdash.core.service;

import dev.authdash.core.model.SessionEndReason;
import dev.authdash.core.model.SessionHandle;
import dev.authdash.core.model.User;
import dev.authdash.core.port.out.PasswordResetStore;
import dev.authdash.core.port.out.UserRepository;
import java.util.Map;
import java.util.Optional;

/**
 * What every change of a user's password does, whichever way it comes (the profile, a reset link,
 * an operator): the new hash is stored, every pending reset link of the user dies (a link sent
 * before the change must not undo it), the name's lock clears, no device cookie issued before is
 * trusted any more (the user's device epoch moves on), and the user's sessions end (all of them, or
 * all but the one that made the change).
 */
final class PasswordReplacement {
  private final UserRepository users;
  private final PasswordResetStore resets;
  private final SessionEnds sessions;
  private final LoginThrottle throttle;
  private final Mailer mailer;

  PasswordReplacement(
      UserRepository users,
      PasswordResetStore resets,
      SessionEnds sessions,
      LoginThrottle throttle,
      Mailer mailer) {
    this.users = users;
    this.resets = resets;
    this.sessions = sessions;
    this.throttle = throttle;
    this.mailer = mailer;
  }

  /**
   * Replaces the hash; returns how many sessions were signed out. A verified address is told ("your
   * password was changed", saying {@code how}).
   */
  int replace(User user, String newHash, Optional<SessionHandle> keep, String how) {
    users.update(user.withPasswordHash(newHash));
    user.verifiedEmail()
        .ifPresent(
            address ->
                mailer.queue(
                    "password-changed",
                    address,
                    Map.of("username", user.username().value(), "how", how)));
    users.advanceDeviceEpoch(user.id());
    resets.deleteAllForUser(user.id());
    throttle.success(user.username().value());
    return sessions.endAll(user.id(), keep, SessionEndReason.PASSWORD_CHANGED);
  }
}
