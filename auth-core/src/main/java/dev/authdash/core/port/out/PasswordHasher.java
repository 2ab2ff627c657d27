package dev.authdash.core.port.out;

/**
 * Outgoing port: one-way password hashing. Encoded hashes carry their algorithm and parameters.
 * Thread-safe.
 */
public interface PasswordHasher {

  String hash(String rawPassword);

  boolean matches(String rawPassword, String encodedHash);

  /** True when the hash was made with weaker parameters or another algorithm than today's. */
  boolean needsUpgrade(String encodedHash);
}
