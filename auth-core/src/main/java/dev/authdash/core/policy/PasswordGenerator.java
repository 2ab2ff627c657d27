package dev.authdash.core.policy;

import dev.authdash.core.model.Password;
import java.security.SecureRandom;

/**
 * Strong random passwords for the first admin and the CLI's --generate-password: 20 characters from
 * 56 unambiguous letters and digits, about 116 bits.
 */
public final class PasswordGenerator {
  private static final String ALPHABET =
      "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
  private static final int LENGTH = 20;
  private static final SecureRandom RANDOM = new SecureRandom();

  private PasswordGenerator() {}

  public static String generate() {
    StringBuilder out = new StringBuilder(LENGTH);
    for (int i = 0; i < LENGTH; i++) {
      out.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return out.toString();
  }

  public static Password generatePassword() {
    return Password.of(generate());
  }
}
