package dev.authdash.core.service;

import dev.authdash.core.error.InvalidCredentialsException;
import dev.authdash.core.error.NotPermittedException;
import dev.authdash.core.error.PasswordRejectedException;
import dev.authdash.core.model.AuditEventType;
import dev.authdash.core.model.SessionResolution;
import dev.authdash.core.model.User;
import dev.authdash.core.policy.PasswordPolicy;
import dev.authdash.core.port.in.ChangePasswordCommand;
import dev.authdash.core.port.in.ChangePasswordUseCase;
import dev.authdash.core.port.in.ResolveSessionUseCase;
import dev.authdash.core.port.out.PasswordHasher;
import java.time.Instant;
import java.util.Optional;

/**
 * Change of one's own password: the current password is checked under the same throttle as a login
 * (so a stolen session cannot brute-force it), every other session of the user ends, and every
 * pending reset link of the user dies (a link sent before the change must not undo it).
 */
public final class ChangePasswordService implements ChangePasswordUseCase {
  private final ResolveSessionUseCase resolver;
  private final PasswordReplacement replacement;
  private final PasswordHasher hasher;
  private final PasswordPolicy passwordPolicy;
  private final LoginThrottle throttle;
  private final Auditor auditor;
  private final TimeSource time;

  ChangePasswordService(
      ResolveSessionUseCase resolver,
      PasswordReplacement replacement,
      PasswordHasher hasher,
      PasswordPolicy passwordPolicy,
      LoginThrottle throttle,
      Auditor auditor,
      TimeSource time) {
    this.resolver = resolver;
    this.replacement = replacement;
    this.hasher = hasher;
    this.passwordPolicy = passwordPolicy;
    this.throttle = throttle;
    this.auditor = auditor;
    this.time = time;
  }

  @Override
  public int changePassword(ChangePasswordCommand command) {
    if (!(resolver.resolve(command.session()) instanceof SessionResolution.Active active)) {
      throw new NotPermittedException("Your session has expired. Please log in again.");
    }
    User user = active.user();
    String name = user.username().value();
    Instant now = time.now();
    throttle.checkAllowed(name, command.client(), now);
    if (passwordPolicy.isOversized(command.currentPassword())
        || !hasher.matches(command.currentPassword().reveal(), user.passwordHash())) {
      throw throttle.failure(
          name,
          command.client(),
          now,
          new InvalidCredentialsException("Current password is incorrect."));
    }
    passwordPolicy.check(command.newPassword(), user.username());
    if (command.newPassword().reveal().equals(command.currentPassword().reveal())) {
      throw new PasswordRejectedException("The new password must differ from the current one.");
    }
    int ended =
        replacement.replace(
            user,
            hasher.hash(command.newPassword().reveal()),
            Optional.of(active.session().handle()),
            "in your profile");
    auditor.record(
        AuditEventType.PASSWORD_CHANGED,
        name,
        name,
        command.client(),
        ended + " other session(s) signed out");
    return ended;
  }
}
