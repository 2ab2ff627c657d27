package dev.authdash.core.port.in;

import dev.authdash.core.model.PendingSignIn;
import dev.authdash.core.model.SignedIn;
import dev.authdash.core.model.Username;
import java.util.Optional;

/**
 * The second step of a sign-in: the pending sign-in from {@link LoginUseCase} (which threw {@link
 * dev.authdash.core.error.SecondFactorRequiredException}) and a second factor give a session with a
 * brand-new token. Wrong codes count toward the same lockout as wrong passwords.
 */
public interface CompleteSignInUseCase {
  /**
   * A session for the pending sign-in's user when the proof is right; a wrong one is audited and
   * counted like a wrong password.
   *
   * @throws dev.authdash.core.error.SignInExpiredException the pending sign-in is forged or expired
   */
  SignedIn complete(CompleteSignInCommand command);

  /**
   * Whose second step a pending sign-in is, while it is genuine and unexpired: a relying party asks
   * for that user's passkeys only. Nothing is opened, counted or audited.
   */
  Optional<Username> pendingUsername(PendingSignIn pending);
}
