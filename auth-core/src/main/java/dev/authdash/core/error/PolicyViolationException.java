package dev.authdash.core.error;

/**
 * A request the product's rules refuse (weak password, protected owner, last admin, self-deletion):
 * {@link RefusalKind#REFUSED_BY_POLICY}.
 */
public abstract sealed class PolicyViolationException extends AuthException
    permits LastAdminException,
        PasswordRejectedException,
        ProtectedOwnerException,
        SelfDeletionException {
  private static final long serialVersionUID = 1L;

  protected PolicyViolationException(String message) {
    super(RefusalKind.REFUSED_BY_POLICY, message);
  }
}
