package dev.authdash.core.service;

import dev.authdash.core.error.PolicyViolationException;
import dev.authdash.core.model.Actor;
import dev.authdash.core.model.Role;
import dev.authdash.core.model.SessionEndReason;
import dev.authdash.core.model.User;
import dev.authdash.core.policy.AdminPolicy;
import dev.authdash.core.port.in.DeleteOwnAccountCommand;
import dev.authdash.core.port.in.DeleteOwnAccountUseCase;
import dev.authdash.core.port.out.UserRepository;
import java.time.Instant;
import java.util.Optional;

/**
 * A user deletes their own account: the owner and last-admin guards first (so that nobody spends a
 * password attempt on an act that cannot happen), then the password and, when on, the second
 * factor, both under the login throttle, then the admin's deletion steps with the guard checked
 * again in their unit of work (two admins deleting themselves at once leave one).
 */
public final class DeleteOwnAccountService implements DeleteOwnAccountUseCase {
  private final Access access;
  private final UserRepository users;
  private final CurrentPassword currentPassword;
  private final SecondFactorService secondFactor;
  private final DeleteUserService deletion;
  private final TimeSource time;

  DeleteOwnAccountService(
      Access access,
      UserRepository users,
      CurrentPassword currentPassword,
      SecondFactorService secondFactor,
      DeleteUserService deletion,
      TimeSource time) {
    this.access = access;
    this.users = users;
    this.currentPassword = currentPassword;
    this.secondFactor = secondFactor;
    this.deletion = deletion;
    this.time = time;
  }

  @Override
  public Optional<String> refusal(Actor actor) {
    try {
      guard(access.self(actor));
      return Optional.empty();
    } catch (PolicyViolationException e) {
      return Optional.of(e.getMessage());
    }
  }

  @Override
  public int deleteOwnAccount(DeleteOwnAccountCommand command) {
    User user = access.self(command.actor());
    guard(user);
    Instant now = time.now();
    currentPassword.require(user, command.currentPassword(), command.client(), now);
    secondFactor.requireCodeWhenOn(user, command.code(), command.client(), now);
    return deletion.delete(
        command.actor(),
        command.client(),
        () -> access.self(command.actor()),
        this::guard,
        Optional.of(SessionEndReason.ACCOUNT_DELETED),
        "deleted their own account; ");
  }

  private void guard(User user) {
    AdminPolicy.checkSelfDeletion(user, users.countByRole(Role.ADMIN));
  }
}
