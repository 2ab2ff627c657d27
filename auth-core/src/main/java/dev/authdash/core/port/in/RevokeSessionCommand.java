package dev.authdash.core.port.in;

import dev.authdash.core.model.Actor;
import dev.authdash.core.model.ClientInfo;
import dev.authdash.core.model.SessionHandle;
import java.util.Objects;

/**
 * Input of {@link RevokeSessionsUseCase#revokeSession}: who ends which session (by its public
 * handle, never its token) of which user, from where.
 *
 * @param username the session's user as typed or shown (an admin's route, the CLI, one's own
 *     profile): looked up, so a malformed name is answered as no such user
 */
public record RevokeSessionCommand(
    Actor actor, String username, SessionHandle handle, ClientInfo client) {
  public RevokeSessionCommand {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(handle, "handle");
    Objects.requireNonNull(client, "client");
  }
}
