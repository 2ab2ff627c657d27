package dev.authdash.core.service;

import dev.authdash.core.model.Actor;
import dev.authdash.core.model.User;
import dev.authdash.core.port.in.FindUserUseCase;

/** One user's details, for itself or an admin. */
public final class FindUserService implements FindUserUseCase {
  private final Access access;

  FindUserService(Access access) {
    this.access = access;
  }

  @Override
  public User findUser(Actor actor, String username) {
    User target = access.existing(username);
    access.requireSelfOrAdmin(actor, target);
    return target;
  }
}
