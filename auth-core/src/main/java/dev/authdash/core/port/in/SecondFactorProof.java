package dev.authdash.core.port.in;

import dev.authdash.core.model.PasskeyAssertion;
import dev.authdash.core.model.RecoveryCodes;

/**
 * What a person offers as their second factor. Sealed, so that a new kind (a passkey's assertion,
 * say) is one more case here and one more check in the core, with the sign-in flow unchanged.
 */
public sealed interface SecondFactorProof {

  /** A 6-digit code from an authenticator app. */
  record TotpCode(String digits) implements SecondFactorProof {
    @Override
    public String toString() {
      return "TotpCode[***]";
    }
  }

  /** One of the user's single-use recovery codes. */
  record RecoveryCode(String text) implements SecondFactorProof {
    @Override
    public String toString() {
      return "RecoveryCode[***]";
    }
  }

  /** A passkey's signature, verified by the relying party; it must be one of the user's. */
  record Passkey(PasskeyAssertion assertion) implements SecondFactorProof {}

  /** Nothing that could be right (empty, or of no known shape); always refused, and counted. */
  record Unrecognised() implements SecondFactorProof {}

  /** Reads what was typed in the one "code" field: six digits, or a recovery code. */
  static SecondFactorProof parse(String typed) {
    String compact = typed == null ? "" : typed.replaceAll("\\s", "");
    if (compact.matches("[0-9]{6}")) {
      return new TotpCode(compact);
    }
    if (RecoveryCodes.looksLikeOne(compact)) {
      return new RecoveryCode(compact);
    }
    return new Unrecognised();
  }
}
