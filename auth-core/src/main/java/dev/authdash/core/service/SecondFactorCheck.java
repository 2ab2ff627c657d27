package dev.authdash.core.service;

import dev.authdash.core.model.RecoveryCodes;
import dev.authdash.core.model.SecondFactor;
import dev.authdash.core.model.TotpSecret;
import dev.authdash.core.model.UserId;
import dev.authdash.core.port.in.SecondFactorProof;
import dev.authdash.core.port.out.SecondFactorStore;
import dev.authdash.core.secrets.SecretBox;
import dev.authdash.core.secrets.Totp;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Checks a proof against a user's second factor and spends it: a TOTP code is good for its step and
 * one on either side, and each step at most once (the store records the last one atomically, so a
 * code seen over a shoulder or replayed is refused); a recovery code is removed as it is used.
 */
final class SecondFactorCheck {
  /** What was accepted, for the audit log. */
  enum Accepted {
    TOTP,
    RECOVERY_CODE
  }

  private final SecondFactorStore store;
  private final SecretBox box;

  SecondFactorCheck(SecondFactorStore store, SecretBox box) {
    this.store = store;
    this.box = box;
  }

  /** The proof, spent, or empty when it is wrong or already used. */
  Optional<Accepted> spend(SecondFactor factor, SecondFactorProof proof, Instant now) {
    if (proof instanceof SecondFactorProof.TotpCode code) {
      return spendStep(factor, code.digits(), now) ? Optional.of(Accepted.TOTP) : Optional.empty();
    }
    if (proof instanceof SecondFactorProof.RecoveryCode code
        && factor.enabled()
        && store.useRecoveryCode(factor.userId(), RecoveryCodes.digest(code.text()))) {
      return Optional.of(Accepted.RECOVERY_CODE);
    }
    return Optional.empty();
  }

  /** True when the code is right for a step near now that was not used before (now it is). */
  boolean spendStep(SecondFactor factor, String digits, Instant now) {
    OptionalLong step = Totp.matchingStep(key(factor), digits, Totp.stepAt(now));
    return step.isPresent() && store.useStep(factor.userId(), step.getAsLong());
  }

  String seal(UserId userId, TotpSecret secret) {
    return box.seal(secret.reveal(), context(userId));
  }

  /** The factor's key in the clear (to show an unconfirmed one again). */
  TotpSecret secret(SecondFactor factor) {
    return TotpSecret.of(key(factor));
  }

  private byte[] key(SecondFactor factor) {
    return box.open(factor.encryptedSecret(), context(factor.userId()));
  }

  /** Binds a sealed key to its user: moved to another user's row, it does not open. */
  static String context(UserId userId) {
    return "authdash totp " + userId;
  }
}
