package dev.authdash.core.port.in;

import dev.authdash.core.model.Actor;
import dev.authdash.core.model.ClientInfo;
import dev.authdash.core.model.PasskeyId;
import java.util.Objects;

/**
 * Input of {@link PasskeysUseCase#removeAsAdmin}: an admin removes one passkey of a named user.
 *
 * @param username as typed: looked up, so a malformed name is answered as no such user
 */
public record RemovePasskeyAsAdminCommand(
    Actor actor, String username, PasskeyId id, ClientInfo client) {
  public RemovePasskeyAsAdminCommand {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(client, "client");
  }
}
