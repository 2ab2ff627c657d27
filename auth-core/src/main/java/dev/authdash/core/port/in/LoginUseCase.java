package dev.authdash.core.port.in;

import dev.authdash.core.model.SignedIn;

/**
 * Incoming port: sign in with username and password. Issues a fresh session token every time; a
 * token the client already held is destroyed.
 */
public interface LoginUseCase {

  /**
   * @throws dev.authdash.core.error.InvalidCredentialsException unknown user or wrong password (one
   *     message for both)
   * @throws dev.authdash.core.error.LoginThrottledException too many failures for the username or
   *     the address; the password was not checked
   */
  SignedIn login(LoginCommand command);
}
