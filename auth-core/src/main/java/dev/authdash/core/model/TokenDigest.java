package dev.authdash.core.model;

import java.util.regex.Pattern;

/** SHA-256 of a session token, hex: what stores keep and key on instead of the token. */
public record TokenDigest(String value) {
  private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");

  public TokenDigest {
    if (value == null || !HEX.matcher(value).matches()) {
      throw new IllegalArgumentException("a token digest is 64 lower-case hex digits");
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
