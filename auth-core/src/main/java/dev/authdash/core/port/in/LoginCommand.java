package dev.authdash.core.port.in;

import dev.authdash.core.model.ClientInfo;
import dev.authdash.core.model.DeviceCookie;
import dev.authdash.core.model.Password;
import dev.authdash.core.model.SessionToken;
import java.util.Objects;
import java.util.Optional;

/**
 * Input of {@link LoginUseCase}.
 *
 * @param username as typed ("" when none was): looked up, never refused for its form
 * @param previous a session token the client presented with the login, destroyed on success
 * @param device the device cookie the client presented, if any: when it vouches for the username,
 *     the attempt is throttled per device instead of by the name's lock
 */
public record LoginCommand(
    String username,
    Password password,
    ClientInfo client,
    Optional<SessionToken> previous,
    Optional<DeviceCookie> device) {
  public LoginCommand {
    username = username == null ? "" : username;
    Objects.requireNonNull(password, "password");
    Objects.requireNonNull(client, "client");
    Objects.requireNonNull(previous, "previous");
    Objects.requireNonNull(device, "device");
  }

  public LoginCommand(String username, Password password, ClientInfo client) {
    this(username, password, client, Optional.empty(), Optional.empty());
  }

  public LoginCommand(
      String username, Password password, ClientInfo client, Optional<SessionToken> previous) {
    this(username, password, client, previous, Optional.empty());
  }
}
