package dev.authdash.core.port.in;

import dev.authdash.core.model.User;

/** Incoming port (admin): create a user with a role, under the same password policy. */
public interface CreateUserUseCase {

  User createUser(CreateUserCommand command);
}
