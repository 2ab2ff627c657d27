package dev.authdash.core.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The secret a browser or client presents: 256 bits from {@link SecureRandom}, base64url. Only its
 * {@link #digest()} is ever stored, so a leaked store holds no usable session.
 */
public final class SessionToken {
  private static final int BYTES = 32;
  private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9_-]{43}");
  private static final SecureRandom RANDOM = new SecureRandom();

  private final String value;

  private SessionToken(String value) {
    this.value = value;
  }

  public static SessionToken generate() {
    byte[] bytes = new byte[BYTES];
    RANDOM.nextBytes(bytes);
    return new SessionToken(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
  }

  /** Reads a token from a cookie or header; anything malformed is simply no token. */
  public static Optional<SessionToken> parse(String raw) {
    if (raw == null || !FORMAT.matcher(raw).matches()) {
      return Optional.empty();
    }
    return Optional.of(new SessionToken(raw));
  }

  /** The value to hand to the client (cookie), and nowhere else. */
  public String reveal() {
    return value;
  }

  public TokenDigest digest() {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.US_ASCII));
      return new TokenDigest(HexFormat.of().formatHex(hash));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SessionToken token
        && MessageDigest.isEqual(
            value.getBytes(StandardCharsets.US_ASCII),
            token.value.getBytes(StandardCharsets.US_ASCII));
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return "SessionToken[***]";
  }
}
