package dev.authdash.core.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Single-use codes that stand in for the authenticator app when it is lost: shown to their owner
 * once, stored only as SHA-256 digests. Each has 50 random bits (ten characters from 32), which
 * makes a fast digest enough: nobody can enumerate them, and online guessing meets the lockout.
 */
public final class RecoveryCodes {
  /** How many a user gets at a time. */
  public static final int COUNT = 10;

  /** Below or at this many left, the profile warns. */
  public static final int LOW = 3;

  private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
  private static final int LENGTH = 10;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final List<String> codes;

  private RecoveryCodes(List<String> codes) {
    this.codes = List.copyOf(codes);
  }

  public static RecoveryCodes generate() {
    List<String> codes = new ArrayList<>();
    for (int i = 0; i < COUNT; i++) {
      StringBuilder code = new StringBuilder();
      for (int c = 0; c < LENGTH; c++) {
        if (c == LENGTH / 2) {
          code.append('-');
        }
        code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
      }
      codes.add(code.toString());
    }
    return new RecoveryCodes(codes);
  }

  /** The codes to show once, as {@code abcde-fghjk}. */
  public List<String> reveal() {
    return codes;
  }

  /** What the store keeps of each code. */
  public List<String> digests() {
    return codes.stream().map(RecoveryCodes::digest).toList();
  }

  /** The digest of a typed code: case, spaces and dashes do not matter. */
  public static String digest(String typed) {
    String normal = normalise(typed);
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(normal.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  /** True when the text has the shape of a recovery code (after normalising). */
  public static boolean looksLikeOne(String typed) {
    String normal = normalise(typed);
    return normal.length() == LENGTH && normal.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0);
  }

  private static String normalise(String typed) {
    return typed == null ? "" : typed.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return "RecoveryCodes[" + codes.size() + " codes, ***]";
  }
}
