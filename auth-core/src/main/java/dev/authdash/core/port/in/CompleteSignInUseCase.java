package dev.authdash.core.port.in;

import dev.authdash.core.model.SignedIn;

/**
 * The second step of a sign-in: the pending sign-in from {@link LoginUseCase} (which threw {@link
 * dev.authdash.core.error.SecondFactorRequiredException}) and a second factor give a session with a
 * brand-new token. Wrong codes count toward the same lockout as wrong passwords.
 */
public interface CompleteSignInUseCase {
  SignedIn complete(CompleteSignInCommand command);
}
