package dev.authdash.core.service;

import dev.authdash.core.error.SecondFactorRequiredException;
import dev.authdash.core.model.SecondFactor;
import dev.authdash.core.model.User;
import dev.authdash.core.port.out.SecondFactorStore;
import dev.authdash.core.port.out.UserRepository;
import java.time.Instant;

/**
 * Where a sign-in forks: an account with an enabled second factor gets a pending sign-in instead of
 * a session. The failure count is not cleared here (only the completed sign-in clears it), so
 * giving the right password again does not buy fresh guesses at the code.
 */
final class SecondStep {
  private final SecondFactorStore factors;
  private final PendingSignIns pendingSignIns;
  private final UserRepository users;

  SecondStep(SecondFactorStore factors, PendingSignIns pendingSignIns, UserRepository users) {
    this.factors = factors;
    this.pendingSignIns = pendingSignIns;
    this.users = users;
  }

  boolean isRequiredFor(User user) {
    return factors.find(user.id()).filter(SecondFactor::enabled).isPresent();
  }

  /**
   * The refusal that carries the pending sign-in. {@code asFound} is the user as read before any
   * hash upgrade: an upgraded hash is stored first, since the pending sign-in is bound to it.
   */
  SecondFactorRequiredException challenge(User user, User asFound, Instant now) {
    if (!user.passwordHash().equals(asFound.passwordHash())) {
      users.update(user);
    }
    return new SecondFactorRequiredException(pendingSignIns.issue(user, now).reveal());
  }
}
