package dev.authdash.core.secrets;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts small secrets at rest (TOTP keys, pending sign-ins) with AES-256-GCM under one 32-byte
 * key: a fresh 96-bit nonce per message, a 128-bit tag, and associated data that binds a sealed
 * value to where it belongs (a user's id), so it cannot be moved to another row. Sealed values are
 * base64url text without padding: {@code nonce || ciphertext+tag}. The same key, through a derived
 * HMAC key, signs values a client may read but not forge ({@link #mac}).
 */
public final class SecretBox {
  /** Key length in bytes (AES-256). */
  public static final int KEY_BYTES = 32;

  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final String HMAC = "HmacSHA256";
  private static final SecureRandom RANDOM = new SecureRandom();

  private final SecretKeySpec key;

  /** The key that signs, derived from the secret key: the encryption key itself never signs. */
  private final byte[] macKey;

  private SecretBox(byte[] key) {
    if (key.length != KEY_BYTES) {
      throw new IllegalArgumentException(
          "the secret key must be " + KEY_BYTES + " bytes (base64 of 32 random bytes)");
    }
    this.key = new SecretKeySpec(key.clone(), "AES");
    this.macKey = hmac(key, "authdash mac".getBytes(StandardCharsets.UTF_8));
  }

  public static SecretBox of(byte[] key) {
    return new SecretBox(key);
  }

  /** A box over a key written as base64 (what {@code AUTH_SECRET_KEY} holds). */
  public static SecretBox ofBase64(String key) {
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(key.strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("the secret key is not valid base64", e);
    }
    return new SecretBox(bytes);
  }

  /** 32 random bytes as base64: a new key. */
  public static String generateKey() {
    byte[] bytes = new byte[KEY_BYTES];
    RANDOM.nextBytes(bytes);
    return Base64.getEncoder().encodeToString(bytes);
  }

  /** A box over a random key that lives as long as the process (embedded, all in memory). */
  public static SecretBox ephemeral() {
    return ofBase64(generateKey());
  }

  public String seal(byte[] plain, String context) {
    byte[] nonce = new byte[NONCE_BYTES];
    RANDOM.nextBytes(nonce);
    try {
      Cipher cipher = cipher(Cipher.ENCRYPT_MODE, nonce, context);
      byte[] sealed = cipher.doFinal(plain);
      return Base64.getUrlEncoder()
          .withoutPadding()
          .encodeToString(
              ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every JDK has AES/GCM", e);
    }
  }

  /**
   * The plain bytes of a value sealed under this key for the same context.
   *
   * @throws IllegalArgumentException when the value is malformed, was sealed under another key or
   *     for another context, or was altered
   */
  public byte[] open(String sealed, String context) {
    byte[] all;
    try {
      all = Base64.getUrlDecoder().decode(sealed);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("not a sealed value", e);
    }
    if (all.length < NONCE_BYTES + TAG_BITS / 8) {
      throw new IllegalArgumentException("not a sealed value");
    }
    try {
      Cipher cipher = cipher(Cipher.DECRYPT_MODE, Arrays.copyOf(all, NONCE_BYTES), context);
      return cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES);
    } catch (AEADBadTagException e) {
      throw new IllegalArgumentException("sealed under another key, or altered", e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every JDK has AES/GCM", e);
    }
  }

  private Cipher cipher(int mode, byte[] nonce, String context) throws GeneralSecurityException {
    Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
    cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
    cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
    return cipher;
  }

  /**
   * An HMAC-SHA256 of the message under a key derived from this box's key for the given context (so
   * a tag made for one purpose is no tag for another, and the encryption key itself never signs):
   * what signs values a client holds in the clear, such as device cookies.
   */
  public byte[] mac(byte[] message, String context) {
    return hmac(hmac(macKey, context.getBytes(StandardCharsets.UTF_8)), message);
  }

  private static byte[] hmac(byte[] key, byte[] message) {
    try {
      Mac mac = Mac.getInstance(HMAC);
      mac.init(new SecretKeySpec(key, HMAC));
      return mac.doFinal(message);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every JDK has HmacSHA256", e);
    }
  }

  @Override
  public String toString() {
    return "SecretBox[***]";
  }
}
