package dev.authdash.core.model.archfixture;

import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/** Deliberate violation (test fixture): a model class that hashes with Spring directly. */
public final class ModelThatImportsSpring {
  private ModelThatImportsSpring() {}

  public static String hash(String raw) {
    return new Argon2PasswordEncoder(16, 32, 1, 19_456, 2).encode(raw);
  }
}
