package dev.authdash.core.model;

import java.util.Objects;
import java.util.Set;

/**
 * A new passkey as the relying party (the app's WebAuthn adapter) verified it: the attestation was
 * signed over this session's single-use challenge, for this site's origin and RP id.
 *
 * @param publicKeyCose the credential's public key, COSE_Key bytes
 */
public record VerifiedPasskey(
    PasskeyId id, byte[] publicKeyCose, long signatureCount, Set<String> transports) {
  public VerifiedPasskey {
    Objects.requireNonNull(id, "id");
    publicKeyCose = Objects.requireNonNull(publicKeyCose, "publicKeyCose").clone();
    transports = Set.copyOf(transports);
  }

  @Override
  public byte[] publicKeyCose() {
    return publicKeyCose.clone();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof VerifiedPasskey that
        && id.equals(that.id)
        && java.util.Arrays.equals(publicKeyCose, that.publicKeyCose)
        && signatureCount == that.signatureCount
        && transports.equals(that.transports);
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }

  @Override
  public String toString() {
    return "VerifiedPasskey[" + id + "]";
  }
}
