package dev.authdash.core.crypto;

import dev.authdash.core.port.out.PasswordHasher;
import java.util.Map;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Argon2id at OWASP's minimum (m=19456 KiB, t=2, p=1) through Spring Security Crypto, stored as
 * {@code {argon2}$argon2id$v=19$m=19456,t=2,p=1$salt$hash}: the id and parameters travel with the
 * hash, so weaker hashes are recognised and upgraded. The only package that sees the library.
 */
public final class SpringPasswordHasher implements PasswordHasher {
  /** OWASP Password Storage Cheat Sheet, Argon2id minimum configuration. */
  public static final int MEMORY_KIB = 19_456;

  public static final int ITERATIONS = 2;
  public static final int PARALLELISM = 1;
  private static final int SALT_BYTES = 16;
  private static final int HASH_BYTES = 32;
  static final String ARGON2_ID = "argon2";

  private final PasswordEncoder encoder;

  /** The pure-Java (BouncyCastle) Argon2id at OWASP parameters. */
  public SpringPasswordHasher() {
    this(owaspArgon2());
  }

  /**
   * An Argon2id encoder of your own (a native one, say) under the same {@code {argon2}} id; its
   * hashes must be in the standard encoded form so that either encoder verifies the other's.
   */
  public SpringPasswordHasher(PasswordEncoder argon2) {
    DelegatingPasswordEncoder delegating =
        new DelegatingPasswordEncoder(ARGON2_ID, Map.of(ARGON2_ID, argon2));
    this.encoder = delegating;
  }

  public static Argon2PasswordEncoder owaspArgon2() {
    return new Argon2PasswordEncoder(SALT_BYTES, HASH_BYTES, PARALLELISM, MEMORY_KIB, ITERATIONS);
  }

  @Override
  public String hash(String rawPassword) {
    return encoder.encode(rawPassword);
  }

  @Override
  public boolean matches(String rawPassword, String encodedHash) {
    try {
      return encoder.matches(rawPassword, encodedHash);
    } catch (IllegalArgumentException | IndexOutOfBoundsException unreadable) {
      // A hash with no known id, or a truncated or corrupt one (Spring's Argon2 decoder throws
      // ArrayIndexOutOfBoundsException on those), is no match, never an error page.
      return false;
    }
  }

  @Override
  public boolean needsUpgrade(String encodedHash) {
    return encoder.upgradeEncoding(encodedHash);
  }
}
