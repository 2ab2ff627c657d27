package dev.authdash.core.port.in;

/** Incoming port: end the session of this token, server-side. Idempotent. */
public interface LogoutUseCase {

  /** Ends the session of the command's token (audited {@code LOGGED_OUT} when it was live). */
  void logout(SessionCommand command);
}
