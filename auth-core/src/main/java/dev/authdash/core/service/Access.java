package dev.authdash.core.service;

import dev.authdash.core.error.NotPermittedException;
import dev.authdash.core.error.UserNotFoundException;
import dev.authdash.core.model.Actor;
import dev.authdash.core.model.User;
import dev.authdash.core.model.Username;
import dev.authdash.core.port.out.UserRepository;

/**
 * Who may do what, checked against the store at the moment of the act (never against a role
 * remembered from sign-in), and username lookups that fail as "not found".
 */
final class Access {
  private final UserRepository users;

  Access(UserRepository users) {
    this.users = users;
  }

  void requireAdmin(Actor actor) {
    if (actor.isOperator()) {
      return;
    }
    User current =
        users
            .findById(actor.userId())
            .orElseThrow(() -> new NotPermittedException("Your account no longer exists."));
    if (!current.isAdmin()) {
      throw new NotPermittedException("Only admins can do that.");
    }
  }

  /** The signed-in user acting on their own account, as stored now. */
  User self(Actor actor) {
    return actor
        .userIdIfUser()
        .flatMap(users::findById)
        .orElseThrow(() -> new NotPermittedException("Your account no longer exists."));
  }

  void requireSelfOrAdmin(Actor actor, User target) {
    if (!actor.is(target)) {
      requireAdmin(actor);
    }
  }

  /** The user with this username, or {@link UserNotFoundException} (also for malformed names). */
  User existing(String username) {
    return Username.parse(username)
        .flatMap(users::findByUsername)
        .orElseThrow(() -> new UserNotFoundException(String.valueOf(username)));
  }
}
