package dev.authdash.core.port.in;

import dev.authdash.core.model.Actor;
import dev.authdash.core.model.ClientInfo;
import dev.authdash.core.model.PasskeyId;
import dev.authdash.core.model.Password;
import java.util.Objects;

/**
 * Input of {@link PasskeysUseCase#remove}: the signed-in user, one of their passkeys, and their
 * current password.
 */
public record RemovePasskeyCommand(
    Actor actor, PasskeyId id, Password currentPassword, ClientInfo client) {
  public RemovePasskeyCommand {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(currentPassword, "currentPassword");
    Objects.requireNonNull(client, "client");
  }
}
