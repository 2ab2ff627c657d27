package dev.authdash.web;

import dev.authdash.core.secrets.Totp;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.util.Locale;

/**
 * What a person's authenticator app does, for tests: takes the key as the page shows it (base32 in
 * groups of four) and gives the code for the clock's time, with the core's RFC 6238 TOTP.
 */
final class AuthenticatorApp {
  private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  private final byte[] key;
  private final Clock clock;

  AuthenticatorApp(String shownKey, Clock clock) {
    this.key = decode(shownKey);
    this.clock = clock;
  }

  String code() {
    return Totp.codeAt(key, clock.instant());
  }

  /** A code that is not the current one nor one step either side. */
  String wrongCode() {
    String right = code();
    for (int candidate = 0; ; candidate++) {
      String code = String.format(Locale.ROOT, "%06d", candidate);
      long now = Totp.stepAt(clock.instant());
      if (!code.equals(right)
          && !code.equals(Totp.code(key, now - 1, 6))
          && !code.equals(Totp.code(key, now + 1, 6))) {
        return code;
      }
    }
  }

  private static byte[] decode(String shown) {
    String text = shown.replaceAll("[\\s=]", "").toUpperCase(Locale.ROOT);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int buffer = 0;
    int bits = 0;
    for (char c : text.toCharArray()) {
      int value = BASE32.indexOf(c);
      if (value < 0) {
        throw new IllegalArgumentException("not base32: " + c);
      }
      buffer = (buffer << 5) | value;
      bits += 5;
      if (bits >= 8) {
        out.write((buffer >> (bits - 8)) & 0xff);
        bits -= 8;
      }
    }
    return out.toByteArray();
  }
}
