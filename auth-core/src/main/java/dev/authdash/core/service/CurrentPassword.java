package dev.authdash.core.service;

import dev.authdash.core.error.InvalidCredentialsException;
import dev.authdash.core.model.ClientInfo;
import dev.authdash.core.model.Password;
import dev.authdash.core.model.User;
import dev.authdash.core.policy.PasswordPolicy;
import dev.authdash.core.port.out.PasswordHasher;
import java.time.Instant;

/**
 * The current password asked again before an act on one's own account, checked under the login
 * throttle, so a stolen session cannot guess it.
 */
final class CurrentPassword {
  private final PasswordHasher hasher;
  private final PasswordPolicy passwordPolicy;
  private final LoginThrottle throttle;

  CurrentPassword(PasswordHasher hasher, PasswordPolicy passwordPolicy, LoginThrottle throttle) {
    this.hasher = hasher;
    this.passwordPolicy = passwordPolicy;
    this.throttle = throttle;
  }

  void require(User user, Password password, ClientInfo client, Instant now) {
    String name = user.username().value();
    throttle.checkAllowed(name, client, now);
    if (passwordPolicy.isOversized(password)
        || !hasher.matches(password.reveal(), user.passwordHash())) {
      throw throttle.failure(
          name, client, now, new InvalidCredentialsException("Current password is incorrect."));
    }
  }
}
