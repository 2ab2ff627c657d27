package dev.authdash.core.port.in;

import dev.authdash.core.model.Actor;
import dev.authdash.core.model.ClientInfo;

/**
 * An admin (or operator) removes a user's second factor, for someone who lost their app and their
 * recovery codes. Nobody but the owner resets the owner's.
 */
public interface ResetSecondFactorUseCase {
  /** Returns false when the user had no second factor. */
  boolean reset(Actor actor, String username, ClientInfo client);
}
