package dev.authdash.core.port.in;

import dev.authdash.core.model.ClientInfo;
import dev.authdash.core.model.SessionToken;

/** Incoming port: end the session of this token, server-side. Idempotent. */
public interface LogoutUseCase {

  void logout(SessionToken token, ClientInfo client);
}
