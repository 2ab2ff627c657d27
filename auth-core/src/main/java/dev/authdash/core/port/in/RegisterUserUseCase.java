package dev.authdash.core.port.in;

import dev.authdash.core.model.SignedIn;

/** Incoming port: a person creates an account as a USER and is signed in at once. */
public interface RegisterUserUseCase {

  /**
   * @throws dev.authdash.core.error.InvalidUsernameException when the username breaks the rule
   * @throws dev.authdash.core.error.PasswordRejectedException when the password breaks the policy
   * @throws dev.authdash.core.error.UsernameTakenException when the name is in use
   */
  SignedIn register(RegisterUserCommand command);
}
