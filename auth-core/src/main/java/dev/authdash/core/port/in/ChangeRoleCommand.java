package dev.authdash.core.port.in;

import dev.authdash.core.model.Actor;
import dev.authdash.core.model.ClientInfo;
import dev.authdash.core.model.Role;
import java.util.Objects;

/**
 * Input of {@link ChangeRoleUseCase}: who gives whom which role, from where. The username is as
 * typed (looked up: a malformed one is no such user).
 */
public record ChangeRoleCommand(Actor actor, String username, Role role, ClientInfo client) {
  public ChangeRoleCommand {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(client, "client");
  }
}
