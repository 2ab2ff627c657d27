package dev.authdash.core.port.in;

import dev.authdash.core.model.Actor;
import dev.authdash.core.model.ClientInfo;
import dev.authdash.core.model.PersonalData;

/** Incoming port (self-service): "Download my data", for the signed-in user only. */
public interface ExportOwnDataUseCase {

  /**
   * The signed-in user's account, live sessions, passkeys and the audit events about them; recorded
   * as {@code DATA_EXPORTED}.
   *
   * @throws dev.authdash.core.error.NotPermittedException an operator, or an account that no longer
   *     exists
   */
  PersonalData exportOwnData(Actor actor, ClientInfo client);
}
