package dev.authdash.crypto.nativeargon2;

import java.util.stream.Stream;

/** Passwords both encoders must agree on: ASCII, non-Latin scripts, emoji, 256 characters. */
final class SamplePasswords {
  private SamplePasswords() {}

  static final String ASCII = "violet kettle orbit lantern";
  static final String UNICODE = "пароль 密码 كلمة Ünïcödé 🔑🐉 ñ";
  static final String LONG_ASCII = "0123456789abcdef".repeat(16);
  // 256 UTF-16 chars: 64 emoji (surrogate pairs, 4 UTF-8 bytes each) and 128 Cyrillic letters.
  static final String LONG_UNICODE = "🔑".repeat(64) + "ж".repeat(128);

  static Stream<String> all() {
    return Stream.of(ASCII, UNICODE, LONG_ASCII, LONG_UNICODE, "x", " leading and trailing ");
  }
}
