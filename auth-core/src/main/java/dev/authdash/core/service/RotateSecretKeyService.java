package dev.authdash.core.service;

import dev.authdash.core.model.SecondFactor;
import dev.authdash.core.port.in.RotateSecretKeyUseCase;
import dev.authdash.core.port.out.SecondFactorStore;
import dev.authdash.core.secrets.SecretBox;
import java.util.ArrayList;
import java.util.List;

/**
 * Re-encrypts every stored TOTP key from the current secret key to a new one. Each key is opened
 * with the current key first, so a wrong current key fails before anything is written; keys that
 * the new key already opens (an earlier run that stopped half-way) are left alone, so running it
 * again with the same new key finishes the job.
 */
public final class RotateSecretKeyService implements RotateSecretKeyUseCase {
  private final SecondFactorStore factors;
  private final SecretBox current;

  RotateSecretKeyService(SecondFactorStore factors, SecretBox current) {
    this.factors = factors;
    this.current = current;
  }

  @Override
  public int rotate(String newKeyBase64) {
    SecretBox next = SecretBox.ofBase64(newKeyBase64);
    List<SecondFactor> reencrypted = new ArrayList<>();
    for (SecondFactor factor : factors.findAll()) {
      String context = SecondFactorCheck.context(factor.userId());
      if (opens(next, factor, context)) {
        continue; // done by an earlier run that stopped half-way
      }
      reencrypted.add(
          factor.withEncryptedSecret(
              next.seal(current.open(factor.encryptedSecret(), context), context)));
    }
    reencrypted.forEach(factors::save);
    return reencrypted.size();
  }

  private static boolean opens(SecretBox box, SecondFactor factor, String context) {
    try {
      box.open(factor.encryptedSecret(), context);
      return true;
    } catch (IllegalArgumentException notUnderThisKey) {
      return false;
    }
  }
}
