package dev.authdash.core.port.in;

import dev.authdash.core.model.PendingSignIn;
import dev.authdash.core.model.SignedIn;
import java.util.Optional;

/**
 * The second step of a sign-in: the pending sign-in from {@link LoginUseCase} (which threw {@link
 * dev.authdash.core.error.SecondFactorRequiredException}) and a second factor give a session with a
 * brand-new token. Wrong codes count toward the same lockout as wrong passwords.
 */
public interface CompleteSignInUseCase {
  SignedIn complete(CompleteSignInCommand command);

  /**
   * Whose second step a pending sign-in is, while it is genuine and unexpired: a relying party asks
   * for that user's passkeys only. Nothing is opened, counted or audited.
   */
  Optional<String> pendingUsername(PendingSignIn pending);
}
