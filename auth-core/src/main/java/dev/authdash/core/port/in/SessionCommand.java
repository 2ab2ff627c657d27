package dev.authdash.core.port.in;

import dev.authdash.core.model.ClientInfo;
import dev.authdash.core.model.SessionToken;
import java.util.Objects;

/**
 * Input of an act of the session that presents this token, on itself or its user's other sessions:
 * logging out ({@link LogoutUseCase}) and ending every other session of its user ({@link
 * RevokeSessionsUseCase#revokeOtherSessions}).
 */
public record SessionCommand(SessionToken session, ClientInfo client) {
  public SessionCommand {
    Objects.requireNonNull(session, "session");
    Objects.requireNonNull(client, "client");
  }
}
