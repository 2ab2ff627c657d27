package dev.authdash.core.port.in;

import dev.authdash.core.model.ClientInfo;
import dev.authdash.core.model.Password;
import dev.authdash.core.model.SessionToken;
import java.util.Objects;

/** Input of {@link ChangePasswordUseCase}: the session that asks, old and new passwords. */
public record ChangePasswordCommand(
    SessionToken session, Password currentPassword, Password newPassword, ClientInfo client) {
  public ChangePasswordCommand {
    Objects.requireNonNull(session, "session");
    Objects.requireNonNull(currentPassword, "currentPassword");
    Objects.requireNonNull(newPassword, "newPassword");
    Objects.requireNonNull(client, "client");
  }
}
