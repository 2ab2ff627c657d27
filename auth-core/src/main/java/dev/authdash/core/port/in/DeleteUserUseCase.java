package dev.authdash.core.port.in;

/** Incoming port (admin): delete a user; its live sessions die at once. */
public interface DeleteUserUseCase {

  /**
   * Deletes the named user (with their second factor, passkeys and reset links) and ends every one
   * of their sessions; audited {@code USER_DELETED}. Admins and operators only.
   *
   * @throws dev.authdash.core.error.UserNotFoundException no such user
   * @throws dev.authdash.core.error.ProtectedOwnerException the target is the owner
   * @throws dev.authdash.core.error.SelfDeletionException an admin deleting itself
   * @throws dev.authdash.core.error.LastAdminException it is the last admin
   */
  void deleteUser(ActOnUserCommand command);
}
