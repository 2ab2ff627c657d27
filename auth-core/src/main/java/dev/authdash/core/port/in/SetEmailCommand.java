package dev.authdash.core.port.in;

import dev.authdash.core.model.Actor;
import dev.authdash.core.model.ClientInfo;
import java.util.Objects;

/**
 * Input of {@link ChangeEmailUseCase#setEmail}: an admin or operator sets a user's address
 * outright.
 *
 * @param username as typed: looked up, so a malformed name is answered as no such user
 * @param address as typed; null or blank removes the address (checked after the actor's rights)
 * @param verified whether the address counts as proved
 */
public record SetEmailCommand(
    Actor actor, String username, String address, boolean verified, ClientInfo client) {
  public SetEmailCommand {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(client, "client");
  }
}
