package dev.authdash.core.secrets;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords as RFC 6238 defines them for authenticator apps: HMAC-SHA1 over the
 * number of 30-second steps since the epoch, dynamically truncated (RFC 4226) to 6 digits. Written
 * on {@code javax.crypto} alone.
 */
public final class Totp {
  /** The length of one step, in seconds (the RFC's X). */
  public static final long STEP_SECONDS = 30;

  /** Digits of the codes we issue and accept. */
  public static final int DIGITS = 6;

  /** Steps accepted on either side of the current one (clock drift, typing time). */
  public static final int WINDOW = 1;

  private static final String HMAC = "HmacSHA1";
  private static final int[] POWERS = {
    1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000
  };

  private Totp() {}

  /** The step that contains the instant (the RFC's T, with T0 = 0). */
  public static long stepAt(Instant instant) {
    return Math.floorDiv(instant.getEpochSecond(), STEP_SECONDS);
  }

  /** The 6-digit code of the key at the instant. */
  public static String codeAt(byte[] key, Instant instant) {
    return code(key, stepAt(instant), DIGITS);
  }

  /** The code of the key for one step, with 6 to 8 digits (zero-padded). */
  public static String code(byte[] key, long step, int digits) {
    if (digits < DIGITS || digits > 8) {
      throw new IllegalArgumentException("TOTP codes have 6 to 8 digits");
    }
    byte[] hash = hmac(key, ByteBuffer.allocate(Long.BYTES).putLong(step).array());
    int offset = hash[hash.length - 1] & 0x0f;
    int binary =
        ((hash[offset] & 0x7f) << 24)
            | ((hash[offset + 1] & 0xff) << 16)
            | ((hash[offset + 2] & 0xff) << 8)
            | (hash[offset + 3] & 0xff);
    String digitsText = Integer.toString(binary % POWERS[digits]);
    return "0".repeat(digits - digitsText.length()) + digitsText;
  }

  /**
   * The step within {@link #WINDOW} of {@code current} whose code is {@code typed}, if any. Every
   * candidate is compared (in constant time), so the time taken does not tell which one matched.
   */
  public static OptionalLong matchingStep(byte[] key, String typed, long current) {
    byte[] given = typed.getBytes(StandardCharsets.US_ASCII);
    OptionalLong found = OptionalLong.empty();
    for (long step = current - WINDOW; step <= current + WINDOW; step++) {
      byte[] expected = code(key, step, DIGITS).getBytes(StandardCharsets.US_ASCII);
      if (MessageDigest.isEqual(expected, given) && found.isEmpty()) {
        found = OptionalLong.of(step);
      }
    }
    return found;
  }

  private static byte[] hmac(byte[] key, byte[] message) {
    try {
      Mac mac = Mac.getInstance(HMAC);
      mac.init(new SecretKeySpec(key, HMAC));
      return mac.doFinal(message);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every JDK has HmacSHA1", e);
    }
  }
}
