package dev.authdash.core.model;

import java.util.Objects;

/**
 * A sign-in with a passkey as the relying party (the app's WebAuthn adapter) verified it: the
 * signature is the stored public key's, over this browser's single-use challenge, for this site's
 * origin and RP id. What it cannot know alone, the core decides: whether the signature count moved
 * forward (else a cloned authenticator), and whether the passkey still exists.
 *
 * @param signatureCount the count the authenticator reported with this signature
 */
public record PasskeyAssertion(PasskeyId id, long signatureCount) {
  public PasskeyAssertion {
    Objects.requireNonNull(id, "id");
  }
}
