package dev.authdash.core.port.in;

import dev.authdash.core.model.Actor;
import dev.authdash.core.model.ClientInfo;
import dev.authdash.core.model.Password;
import dev.authdash.core.model.RecoveryCodes;

/** New recovery codes for oneself (the old ones stop working), with the password. */
public interface RecoveryCodesUseCase {
  RecoveryCodes regenerate(Actor actor, Password currentPassword, ClientInfo client);
}
