package dev.authdash.core.port.in;

import dev.authdash.core.model.ClientInfo;
import dev.authdash.core.model.Password;
import java.util.Objects;

/**
 * Input of {@link RegisterUserUseCase}: the username as typed (the service applies the username
 * rule to it), the password, the client, and an email address as typed (null or blank: none).
 */
public record RegisterUserCommand(
    String username, Password password, ClientInfo client, String email) {
  public RegisterUserCommand {
    Objects.requireNonNull(password, "password");
    Objects.requireNonNull(client, "client");
  }

  /** Without an email address. */
  public RegisterUserCommand(String username, Password password, ClientInfo client) {
    this(username, password, client, null);
  }
}
