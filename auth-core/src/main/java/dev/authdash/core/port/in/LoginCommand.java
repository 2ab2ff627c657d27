package dev.authdash.core.port.in;

import dev.authdash.core.model.ClientInfo;
import dev.authdash.core.model.Password;
import dev.authdash.core.model.SessionToken;
import java.util.Optional;

/**
 * Input of {@link LoginUseCase}.
 *
 * @param previous a session token the client presented with the login, destroyed on success
 */
public record LoginCommand(
    String username, Password password, ClientInfo client, Optional<SessionToken> previous) {

  public LoginCommand(String username, Password password, ClientInfo client) {
    this(username, password, client, Optional.empty());
  }
}
