package dev.authdash.core.port.in;

import dev.authdash.core.model.ClientInfo;
import dev.authdash.core.model.Password;
import dev.authdash.core.model.ResetToken;
import java.util.Objects;

/** Input of {@link ResetPasswordUseCase#resetPassword}: the link's token and the new password. */
public record ResetPasswordCommand(ResetToken token, Password newPassword, ClientInfo client) {
  public ResetPasswordCommand {
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(newPassword, "newPassword");
    Objects.requireNonNull(client, "client");
  }
}
