package dev.authdash.core.port.in;

import dev.authdash.core.model.Actor;
import dev.authdash.core.model.User;

/** Incoming port (admin, or the user itself): one user's details. */
public interface FindUserUseCase {

  /**
   * @throws dev.authdash.core.error.UserNotFoundException when no such user exists
   */
  User findUser(Actor actor, String username);
}
