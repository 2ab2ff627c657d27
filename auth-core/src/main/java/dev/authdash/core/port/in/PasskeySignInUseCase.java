package dev.authdash.core.port.in;

import dev.authdash.core.model.ClientInfo;
import dev.authdash.core.model.PasskeyAssertion;
import dev.authdash.core.model.PasskeyHolder;
import dev.authdash.core.model.PasskeyId;
import dev.authdash.core.model.SessionToken;
import dev.authdash.core.model.SignedIn;
import java.util.Optional;

/**
 * Sign-in with a passkey alone (username-less: the passkey names its user), and what the relying
 * party needs to verify one: a passkey's public key by its id, a user's passkeys by name or handle.
 */
public interface PasskeySignInUseCase {
  /**
   * A session for the passkey's user, with a brand-new token; refused when the passkey is gone, its
   * signature count went back (audited PASSKEY_CLONED_SUSPECTED) or the user is locked out.
   */
  SignedIn signIn(PasskeyAssertion assertion, ClientInfo client, Optional<SessionToken> previous);

  /**
   * A passkey sign-in the relying party could not verify (a forged or replayed answer, another
   * site's, a passkey this site no longer knows): audited and counted against the client address,
   * which is refused for a while after too many. Returns the refusal to throw.
   */
  RuntimeException notVerified(ClientInfo client);

  /** The stored passkey with this id and its user, for verifying a signature. */
  Optional<PasskeyHolder> holderOf(PasskeyId id);

  Optional<PasskeyHolder> holder(String username);

  Optional<PasskeyHolder> holderOfHandle(byte[] userHandle);
}
