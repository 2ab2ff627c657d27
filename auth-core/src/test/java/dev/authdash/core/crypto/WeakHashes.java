package dev.authdash.core.crypto;

import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/** Test helper: hashes as an older release with weaker parameters would have stored them. */
public final class WeakHashes {
  private WeakHashes() {}

  public static String argon2(int memoryKib, int iterations, String password) {
    return "{argon2}"
        + new Argon2PasswordEncoder(16, 32, 1, memoryKib, iterations).encode(password);
  }
}
