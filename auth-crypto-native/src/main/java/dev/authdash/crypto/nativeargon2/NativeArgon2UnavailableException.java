package dev.authdash.crypto.nativeargon2;

/** The native libargon2 did not load on this machine, or did not hash as Argon2id must. */
public final class NativeArgon2UnavailableException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  NativeArgon2UnavailableException(String message, Throwable cause) {
    super(message, cause);
  }

  NativeArgon2UnavailableException(String message) {
    super(message);
  }
}
