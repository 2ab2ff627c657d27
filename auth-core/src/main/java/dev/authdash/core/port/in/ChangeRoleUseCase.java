package dev.authdash.core.port.in;

import dev.authdash.core.model.User;

/**
 * Incoming port (admin): promote to ADMIN or demote to USER. The target's live sessions carry the
 * new rights on their next request.
 */
public interface ChangeRoleUseCase {

  /**
   * @return the user as it is now (unchanged when it already had the role)
   * @throws dev.authdash.core.error.ProtectedOwnerException the target is the owner
   * @throws dev.authdash.core.error.LastAdminException the demotion would leave no admin
   */
  User changeRole(ChangeRoleCommand command);
}
