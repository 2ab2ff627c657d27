package dev.authdash.core.port.in;

import dev.authdash.core.model.Actor;
import dev.authdash.core.model.ClientInfo;
import dev.authdash.core.model.Password;
import java.util.Objects;

/** Input of {@link RecoveryCodesUseCase}: the signed-in user and their current password. */
public record RegenerateRecoveryCodesCommand(
    Actor actor, Password currentPassword, ClientInfo client) {
  public RegenerateRecoveryCodesCommand {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(currentPassword, "currentPassword");
    Objects.requireNonNull(client, "client");
  }
}
