package dev.authdash.core.model;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;

/**
 * The key an authenticator app shares with us: 160 random bits (RFC 4226's recommended length for
 * HMAC-SHA1). Shown to its owner once, as base32 and in an {@code otpauth://} URI, and otherwise
 * kept encrypted; never shown by {@code toString}.
 */
public final class TotpSecret {
  /** 160 bits. */
  public static final int BYTES = 20;

  private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  private static final SecureRandom RANDOM = new SecureRandom();

  private final byte[] key;

  private TotpSecret(byte[] key) {
    this.key = key.clone();
  }

  public static TotpSecret generate() {
    byte[] key = new byte[BYTES];
    RANDOM.nextBytes(key);
    return new TotpSecret(key);
  }

  public static TotpSecret of(byte[] key) {
    if (key.length != BYTES) {
      throw new IllegalArgumentException("a TOTP secret has " + BYTES + " bytes");
    }
    return new TotpSecret(key);
  }

  /** The raw key, for the HMAC and the encryption at rest only. */
  public byte[] reveal() {
    return key.clone();
  }

  /** The key in base32 without padding (RFC 4648), as authenticator apps take it. */
  public String base32() {
    StringBuilder out = new StringBuilder();
    int buffer = 0;
    int bits = 0;
    for (byte b : key) {
      buffer = (buffer << 8) | (b & 0xff);
      bits += 8;
      while (bits >= 5) {
        out.append(BASE32.charAt((buffer >> (bits - 5)) & 31));
        bits -= 5;
      }
    }
    if (bits > 0) {
      out.append(BASE32.charAt((buffer << (5 - bits)) & 31));
    }
    return out.toString();
  }

  /** The base32 key in groups of four, for typing it by hand. */
  public String grouped() {
    return base32().replaceAll("(.{4})(?!$)", "$1 ");
  }

  /** The URI an authenticator app reads from the QR code (Google Authenticator's key URI). */
  public String otpauthUri(String issuer, String account) {
    String label = encode(issuer) + ":" + encode(account);
    return "otpauth://totp/"
        + label
        + "?secret="
        + base32()
        + "&issuer="
        + encode(issuer)
        + "&algorithm=SHA1&digits=6&period=30";
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof TotpSecret that && java.security.MessageDigest.isEqual(key, that.key);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(key);
  }

  @Override
  public String toString() {
    return "TotpSecret[***]";
  }
}
