package dev.authdash.core.port.in;

import dev.authdash.core.model.ClientInfo;
import dev.authdash.core.model.Password;

/** Input of {@link RegisterUserUseCase}: the username as typed, the password, the client. */
public record RegisterUserCommand(
    String username, Password password, ClientInfo client, String email) {

  /** Without an email address. */
  public RegisterUserCommand(String username, Password password, ClientInfo client) {
    this(username, password, client, null);
  }
}
