package dev.authdash.core.port.in;

import dev.authdash.core.model.Actor;
import dev.authdash.core.model.ClientInfo;
import dev.authdash.core.model.VerifiedPasskey;
import java.util.Objects;

/**
 * Input of {@link PasskeysUseCase#add}: the signed-in user, the passkey the relying party verified,
 * and the name it goes by (as typed: the use case trims and bounds it).
 */
public record AddPasskeyCommand(
    Actor actor, VerifiedPasskey verified, String label, ClientInfo client) {
  public AddPasskeyCommand {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(verified, "verified");
    Objects.requireNonNull(client, "client");
  }
}
