package dev.authdash.core.port.in;

/**
 * Re-encrypts every stored TOTP key under a new secret key (base64 of 32 bytes). Afterwards the
 * apps must run with the new key: the old one opens nothing that was re-encrypted.
 */
public interface RotateSecretKeyUseCase {
  /** Returns how many keys were re-encrypted. */
  int rotate(String newKeyBase64);
}
