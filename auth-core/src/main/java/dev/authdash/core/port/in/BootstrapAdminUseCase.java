package dev.authdash.core.port.in;

import dev.authdash.core.model.Actor;
import dev.authdash.core.model.FirstAdmin;
import dev.authdash.core.model.Password;
import java.util.Optional;

/**
 * Incoming port: on first start (no user at all), create the protected owner {@code admin} with the
 * configured password, or a generated strong one handed back once.
 */
public interface BootstrapAdminUseCase {

  /**
   * @param configuredPassword the operator's choice; must meet the policy
   * @return the created owner, or empty when users already exist
   */
  default Optional<FirstAdmin> ensureFirstAdmin(Optional<Password> configuredPassword) {
    return ensureFirstAdmin(configuredPassword, Actor.system());
  }

  /**
   * The same, recorded in the audit log as done by this actor (the CLI's {@code cli:<os user>}).
   */
  Optional<FirstAdmin> ensureFirstAdmin(Optional<Password> configuredPassword, Actor actor);
}
