package dev.authdash.core.port.in;

import dev.authdash.core.model.Actor;
import dev.authdash.core.model.PasskeyId;
import java.util.Objects;

/**
 * Input of {@link PasskeysUseCase#rename}: the signed-in user, one of their passkeys, and its new
 * name as typed (the use case trims and bounds it). Not audited, so no client.
 */
public record RenamePasskeyCommand(Actor actor, PasskeyId id, String label) {
  public RenamePasskeyCommand {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(id, "id");
  }
}
