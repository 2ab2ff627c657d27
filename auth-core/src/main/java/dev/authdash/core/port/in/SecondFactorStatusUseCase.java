package dev.authdash.core.port.in;

import dev.authdash.core.model.Actor;
import dev.authdash.core.model.SecondFactorStatus;

/** Whether a user has a second factor and how many recovery codes are left (self or admin). */
public interface SecondFactorStatusUseCase {
  SecondFactorStatus status(Actor actor, String username);
}
