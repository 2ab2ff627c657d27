package dev.authdash.core.port.in;

import dev.authdash.core.model.Actor;
import dev.authdash.core.model.ClientInfo;
import dev.authdash.core.model.Password;
import dev.authdash.core.model.Role;
import java.util.Objects;

/**
 * Input of {@link CreateUserUseCase}: who creates which user with what password and role, from
 * where. The username is as typed; the service applies the username rule to it.
 */
public record CreateUserCommand(
    Actor actor, String username, Password password, Role role, ClientInfo client) {
  public CreateUserCommand {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(password, "password");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(client, "client");
  }
}
