package dev.authdash.core.port.in;

import dev.authdash.core.model.Actor;
import dev.authdash.core.model.ClientInfo;
import java.util.Objects;

/**
 * Input of an act on one named user that needs nothing more than who acts and from where: deleting
 * the user ({@link DeleteUserUseCase}), issuing a reset link ({@link IssueResetLinkUseCase}),
 * signing them out everywhere ({@link RevokeSessionsUseCase#revokeAllSessions}), lifting their lock
 * ({@link LocksUseCase#clearLock}) and removing their second factor ({@link
 * ResetSecondFactorUseCase}).
 *
 * @param username as an admin or the CLI typed it: looked up, so a malformed name is answered as no
 *     such user, never refused for its form
 */
public record ActOnUserCommand(Actor actor, String username, ClientInfo client) {
  public ActOnUserCommand {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(client, "client");
  }
}
