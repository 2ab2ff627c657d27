package dev.authdash.core.port.in;

/** Incoming port: end one session, all of a user's, or all but the caller's own. */
public interface RevokeSessionsUseCase {

  /**
   * Ends one session of the user (the user itself or an admin); audited {@code SESSIONS_REVOKED}.
   *
   * @throws dev.authdash.core.error.SessionNotFoundException no live session has that handle
   */
  void revokeSession(RevokeSessionCommand command);

  /** Signs the user out everywhere (the user itself or an admin); returns how many ended. */
  int revokeAllSessions(ActOnUserCommand command);

  /** Ends every session of the token's user except this one; returns how many ended. */
  int revokeOtherSessions(SessionCommand command);
}
