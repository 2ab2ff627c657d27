package dev.authdash.core.model;

import java.util.Objects;
import java.util.Optional;

/**
 * Who performs an act: a signed-in user (whose rights the core re-reads) or an operator with direct
 * access to the stores, such as the CLI ({@code cli:<os user>}). Operators act as admins but are
 * held to the same owner and last-admin rules.
 */
public record Actor(String name, UserId userId) {
  public Actor {
    Objects.requireNonNull(name, "name");
  }

  public static Actor of(User user) {
    return new Actor(user.username().value(), user.id());
  }

  public static Actor operator(String name) {
    return new Actor(name, null);
  }

  public static Actor system() {
    return new Actor("system", null);
  }

  public Optional<UserId> userIdIfUser() {
    return Optional.ofNullable(userId);
  }

  public boolean isOperator() {
    return userId == null;
  }

  public boolean is(User user) {
    return user.id().equals(userId);
  }
}
