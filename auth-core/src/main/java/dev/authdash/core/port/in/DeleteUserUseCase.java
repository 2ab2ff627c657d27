package dev.authdash.core.port.in;

import dev.authdash.core.model.Actor;
import dev.authdash.core.model.ClientInfo;

/** Incoming port (admin): delete a user; its live sessions die at once. */
public interface DeleteUserUseCase {

  /**
   * @throws dev.authdash.core.error.ProtectedOwnerException the target is the owner
   * @throws dev.authdash.core.error.SelfDeletionException an admin deleting itself
   * @throws dev.authdash.core.error.LastAdminException it is the last admin
   */
  void deleteUser(Actor actor, String username, ClientInfo client);
}
