package dev.authdash.crypto.nativeargon2;

import dev.authdash.core.crypto.SpringPasswordHasher;
import dev.authdash.core.port.out.PasswordHasher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Chooses the apps' {@link PasswordHasher}: auth-core's {@link SpringPasswordHasher} on the native
 * libargon2 when it loads and passes its self-test, else on the pure-Java BouncyCastle encoder.
 * Either way the hashes are {@code {argon2}$argon2id$v=19$m=19456,t=2,p=1$...} and each verifies
 * the other's, so a machine may switch at any restart. Says which, and why, once in the log.
 *
 * <p>{@code -Dauthdash.argon2.native=false} keeps to pure Java.
 */
public final class PasswordHashers {
  /** System property that turns the native library off when {@code false}. */
  public static final String NATIVE_PROPERTY = "authdash.argon2.native";

  private static final Logger LOG = LoggerFactory.getLogger(PasswordHashers.class);

  private PasswordHashers() {}

  /** Which implementation hashes passwords. */
  public enum Implementation {
    /** libargon2 through argon2-jvm and JNA. */
    NATIVE_LIBARGON2,
    /** BouncyCastle through Spring Security Crypto, in auth-core. */
    PURE_JAVA_BOUNCYCASTLE
  }

  /** The chosen hasher, which implementation it runs on, and why that one. */
  public record Choice(PasswordHasher hasher, Implementation implementation, String reason) {}

  /** The fastest hasher this machine can run, chosen (and logged) once per JVM. */
  public static PasswordHasher best() {
    return choice().hasher();
  }

  /** {@link #best()} with which implementation it is and why, for a health or info page. */
  public static Choice choice() {
    return Once.CHOICE;
  }

  /** Holder idiom: the library is tried, and the choice logged, on first use only. */
  private static final class Once {
    static final Choice CHOICE =
        choose(!"false".equalsIgnoreCase(System.getProperty(NATIVE_PROPERTY, "true")));
  }

  /**
   * Tries the native library unless told not to; a fresh choice on each call, logged each time.
   *
   * @param nativeAllowed false to go straight to pure Java, as {@code -D}{@value NATIVE_PROPERTY}
   *     {@code =false} does
   */
  static Choice choose(boolean nativeAllowed) {
    if (!nativeAllowed) {
      return pureJava("-D" + NATIVE_PROPERTY + "=false", null);
    }
    NativeArgon2PasswordEncoder encoder;
    try {
      encoder = new NativeArgon2PasswordEncoder();
    } catch (NativeArgon2UnavailableException unavailable) {
      return pureJava(unavailable.getMessage(), unavailable);
    }
    String reason = "libargon2 loaded from " + encoder.libraryFile() + " and passed its self-test";
    LOG.info("Password hashing: Argon2id on native libargon2 ({})", reason);
    return new Choice(new SpringPasswordHasher(encoder), Implementation.NATIVE_LIBARGON2, reason);
  }

  private static Choice pureJava(String reason, Throwable cause) {
    if (cause == null) {
      LOG.info("Password hashing: Argon2id on pure-Java BouncyCastle ({})", reason);
    } else {
      LOG.warn(
          "Password hashing: Argon2id on pure-Java BouncyCastle, a little slower per login,"
              + " because the native library is unavailable: {}",
          reason);
      LOG.debug("Why libargon2 is unavailable", cause);
    }
    return new Choice(new SpringPasswordHasher(), Implementation.PURE_JAVA_BOUNCYCASTLE, reason);
  }
}
