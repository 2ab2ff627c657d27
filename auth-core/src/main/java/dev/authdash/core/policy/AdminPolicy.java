package dev.authdash.core.policy;

import dev.authdash.core.error.LastAdminException;
import dev.authdash.core.error.ProtectedOwnerException;
import dev.authdash.core.error.SelfDeletionException;
import dev.authdash.core.model.Actor;
import dev.authdash.core.model.Role;
import dev.authdash.core.model.User;

/**
 * The guards on admin acts: the owner cannot be demoted or deleted and other admins cannot act on
 * it; there is always an admin; an admin cannot delete itself through the admin's deletion (only
 * through its own, which asks for its password again).
 */
public final class AdminPolicy {
  private AdminPolicy() {}

  public static void checkRoleChange(User target, Role newRole, long adminCount) {
    if (target.role() == newRole) {
      return;
    }
    if (target.owner()) {
      throw new ProtectedOwnerException("The owner account cannot be demoted.");
    }
    if (target.isAdmin() && adminCount <= 1) {
      throw new LastAdminException();
    }
  }

  public static void checkDeletion(Actor actor, User target, long adminCount) {
    if (target.owner()) {
      throw new ProtectedOwnerException("The owner account cannot be deleted.");
    }
    if (actor.is(target)) {
      throw new SelfDeletionException();
    }
    if (target.isAdmin() && adminCount <= 1) {
      throw new LastAdminException();
    }
  }

  /** A user deleting their own account: never the owner, never the last admin. */
  public static void checkSelfDeletion(User user, long adminCount) {
    if (user.owner()) {
      throw new ProtectedOwnerException(
          "You are the owner of this dashboard (its first admin): the owner account cannot be"
              + " deleted.");
    }
    if (user.isAdmin() && adminCount <= 1) {
      throw new LastAdminException(
          "You are the last admin: make another user an admin before deleting your account.");
    }
  }

  /** Only the owner itself, or an operator, may act on the owner's sessions or password. */
  public static void checkMayActOn(Actor actor, User target) {
    if (target.owner() && !actor.is(target) && !actor.isOperator()) {
      throw new ProtectedOwnerException("Only the owner can manage the owner account.");
    }
  }
}
