package dev.authdash.core.service;

import dev.authdash.core.model.SecondFactor;
import dev.authdash.core.port.in.RotateSecretKeyUseCase;
import dev.authdash.core.port.out.SecondFactorStore;
import dev.authdash.core.secrets.SecretBox;

/**
 * Re-encrypts every stored TOTP key from the current secret key to a new one. Each key is opened
 * with the current key first, so a wrong current key fails before anything is written.
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
    java.util.List<SecondFactor> all = factors.findAll();
    java.util.List<SecondFactor> reencrypted =
        all.stream()
            .map(
                f -> {
                  String context = SecondFactorCheck.context(f.userId());
                  return f.withEncryptedSecret(
                      next.seal(current.open(f.encryptedSecret(), context), context));
                })
            .toList();
    reencrypted.forEach(factors::save);
    return reencrypted.size();
  }
}
