package dev.authdash.core.port.in;

import dev.authdash.core.model.Actor;
import dev.authdash.core.model.ClientInfo;
import dev.authdash.core.model.EmailAddress;
import dev.authdash.core.model.Password;
import java.util.Objects;

/**
 * Input of {@link ChangeEmailUseCase#requestEmailChange}: the signed-in person, the new address,
 * and their current password to prove it is them.
 */
public record RequestEmailChangeCommand(
    Actor actor, EmailAddress newAddress, Password currentPassword, ClientInfo client) {
  public RequestEmailChangeCommand {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(newAddress, "newAddress");
    Objects.requireNonNull(currentPassword, "currentPassword");
    Objects.requireNonNull(client, "client");
  }

  /**
   * With the address as typed: trimmed and lower-cased, and refused when blank or malformed.
   *
   * @throws dev.authdash.core.error.InvalidInputException a blank or malformed address
   */
  public RequestEmailChangeCommand(
      Actor actor, String typedAddress, Password currentPassword, ClientInfo client) {
    this(actor, EmailAddress.of(typedAddress), currentPassword, client);
  }
}
