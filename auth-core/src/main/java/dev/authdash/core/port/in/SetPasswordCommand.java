package dev.authdash.core.port.in;

import dev.authdash.core.model.Actor;
import dev.authdash.core.model.ClientInfo;
import dev.authdash.core.model.Password;
import java.util.Objects;

/** Input of {@link SetPasswordUseCase}: who sets whose password to what, from where. */
public record SetPasswordCommand(
    Actor actor, String username, Password password, ClientInfo client) {
  public SetPasswordCommand {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(password, "password");
    Objects.requireNonNull(client, "client");
  }
}
