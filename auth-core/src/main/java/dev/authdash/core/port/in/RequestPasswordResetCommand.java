package dev.authdash.core.port.in;

import dev.authdash.core.model.ClientInfo;
import java.util.Objects;

/**
 * Input of {@link RequestPasswordResetUseCase}: a username or an email address as typed ("" when
 * none was), and the client that asks.
 */
public record RequestPasswordResetCommand(String login, ClientInfo client) {
  public RequestPasswordResetCommand {
    login = login == null ? "" : login;
    Objects.requireNonNull(client, "client");
  }
}
