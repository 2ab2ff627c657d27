package dev.authdash.crypto.nativeargon2;

import com.sun.jna.Library;
import com.sun.jna.NativeLibrary;
import de.mkammerer.argon2.Argon2Advanced;
import de.mkammerer.argon2.Argon2Factory;
import de.mkammerer.argon2.Argon2Factory.Argon2Types;
import de.mkammerer.argon2.Argon2Version;
import de.mkammerer.argon2.jna.Argon2Library;
import dev.authdash.core.crypto.SpringPasswordHasher;
import dev.authdash.crypto.nativeargon2.Argon2EncodedHash.Type;
import java.io.File;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.AbstractValidatingPasswordEncoder;

/**
 * Argon2id on the native libargon2 (argon2-jvm over JNA), a drop-in for Spring Security Crypto's
 * {@link Argon2PasswordEncoder}: the same encoded form ({@code
 * $argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>}, unpadded standard base64), so each verifies the
 * other's hashes; the same answers for null and empty input; the same {@link #upgradeEncoding}
 * rule. 1.2 to 1.4 times faster than BouncyCastle on this project's machines
 * (docs/argon2-native.md).
 *
 * <p>Construction loads the library and checks one real hash at the core's parameters against a
 * known answer; it throws {@link NativeArgon2UnavailableException} when either fails. Thread-safe.
 */
public final class NativeArgon2PasswordEncoder extends AbstractValidatingPasswordEncoder {
  private static final Logger LOG = LoggerFactory.getLogger(NativeArgon2PasswordEncoder.class);

  private static final int OWASP_SALT_BYTES = 16;
  private static final int OWASP_HASH_BYTES = 32;
  private static final int LIBARGON2_MIN_SALT_BYTES = 8;
  private static final int LIBARGON2_MIN_HASH_BYTES = 4;
  private static final int LIBARGON2_MIN_KIB_PER_LANE = 8;
  private static final int LIBARGON2_MAX_LANES = 0xFF_FFFF;
  private static final int SUMMARY_CHARS = 300;

  /** Known answer: Argon2id v=19 m=19456 t=2 p=1, checked against BouncyCastle in the tests. */
  static final String SELF_TEST_PASSWORD = "authdash native self-test";

  static final String SELF_TEST_SALT = "authdash-selftst";
  static final String SELF_TEST_HASH_HEX =
      "0aaf532a9bf33699721333e11a606baed86c2444a78ae7bf4bce9e90d4eaf0d8";

  private final int saltLength;
  private final int hashLength;
  private final int parallelism;
  private final int memoryKib;
  private final int iterations;
  private final Map<Type, Argon2Advanced> argon2ByType = new EnumMap<>(Type.class);
  private final SecureRandom random = new SecureRandom();
  private final String libraryFile;

  /**
   * For the few inputs libargon2 refuses but Spring's encoder takes: see {@link #libargon2Takes}.
   */
  private final Argon2PasswordEncoder pureJava;

  /** At the core's parameters: {@link SpringPasswordHasher#owaspArgon2()}'s, 16-byte salt. */
  public NativeArgon2PasswordEncoder() {
    this(
        OWASP_SALT_BYTES,
        OWASP_HASH_BYTES,
        SpringPasswordHasher.PARALLELISM,
        SpringPasswordHasher.MEMORY_KIB,
        SpringPasswordHasher.ITERATIONS);
  }

  /**
   * Parameters in the order of {@link Argon2PasswordEncoder}'s constructor.
   *
   * @throws NativeArgon2UnavailableException when libargon2 does not load or fails its self-test
   */
  public NativeArgon2PasswordEncoder(
      int saltLength, int hashLength, int parallelism, int memoryKib, int iterations) {
    this.saltLength = saltLength;
    this.hashLength = hashLength;
    this.parallelism = parallelism;
    this.memoryKib = memoryKib;
    this.iterations = iterations;
    this.pureJava =
        new Argon2PasswordEncoder(saltLength, hashLength, parallelism, memoryKib, iterations);
    try {
      argon2ByType.put(Type.ARGON2D, Argon2Factory.createAdvanced(Argon2Types.ARGON2d));
      argon2ByType.put(Type.ARGON2I, Argon2Factory.createAdvanced(Argon2Types.ARGON2i));
      argon2ByType.put(Type.ARGON2ID, Argon2Factory.createAdvanced(Argon2Types.ARGON2id));
      selfTest();
    } catch (LinkageError | RuntimeException notLoaded) {
      // UnsatisfiedLinkError on the first try, NoClassDefFoundError on later ones, both
      // LinkageErrors; a RuntimeException when libargon2 loads but refuses to hash.
      if (notLoaded instanceof NativeArgon2UnavailableException) {
        throw (NativeArgon2UnavailableException) notLoaded;
      }
      throw new NativeArgon2UnavailableException(
          "libargon2 could not be loaded or run: " + summary(rootCause(notLoaded)), notLoaded);
    }
    this.libraryFile = loadedLibraryFile();
  }

  /**
   * The first failure, not its echo: a later try of a class whose initialiser failed throws only
   * "NoClassDefFoundError: Could not initialize class", with the original as its cause.
   */
  private static Throwable rootCause(Throwable failure) {
    Throwable root = failure;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    return root;
  }

  /**
   * One log-sized line: JNA's message lists every path it tried, the whole class path among them.
   */
  private static String summary(Throwable failure) {
    String oneLine = failure.toString().replaceAll("\\s*\\R\\s*", " | ");
    return oneLine.length() <= SUMMARY_CHARS
        ? oneLine
        : oneLine.substring(0, SUMMARY_CHARS) + "… (the whole message at DEBUG)";
  }

  private void selfTest() {
    byte[] password = SELF_TEST_PASSWORD.getBytes(StandardCharsets.UTF_8);
    byte[] salt = SELF_TEST_SALT.getBytes(StandardCharsets.US_ASCII);
    byte[] actual =
        argon2ByType
            .get(Type.ARGON2ID)
            .rawHashAdvanced(
                SpringPasswordHasher.ITERATIONS,
                SpringPasswordHasher.MEMORY_KIB,
                SpringPasswordHasher.PARALLELISM,
                password,
                salt,
                null,
                null,
                OWASP_HASH_BYTES,
                Argon2Version.V13);
    boolean known = MessageDigest.isEqual(actual, HexFormat.of().parseHex(SELF_TEST_HASH_HEX));
    Arrays.fill(actual, (byte) 0);
    if (!known) {
      throw new NativeArgon2UnavailableException(
          "libargon2 loaded but its Argon2id differs from the known answer");
    }
  }

  /** Where JNA found libargon2: a system copy if there is one, else the one inside the jar. */
  @SuppressWarnings("PMD.CloseResource") // Closing it would unload the library for the whole JVM.
  private static String loadedLibraryFile() {
    try {
      Object handler = Proxy.getInvocationHandler(Argon2Library.INSTANCE);
      NativeLibrary library = ((Library.Handler) handler).getNativeLibrary();
      File file = library.getFile();
      return file == null ? library.getName() : file.getPath();
    } catch (RuntimeException notAJnaProxy) {
      LOG.debug("Could not tell which libargon2 file was loaded", notAJnaProxy);
      return "libargon2";
    }
  }

  /** The file JNA loaded libargon2 from, for the log line that says which hasher is in use. */
  public String libraryFile() {
    return libraryFile;
  }

  @Override
  protected String encodeNonNullPassword(String rawPassword) {
    if (rawPassword.isEmpty()) {
      // argon2-jvm cannot pass a zero-length password; Spring's encoder hashes it, so we do too.
      return pureJava.encode(rawPassword);
    }
    byte[] password = rawPassword.getBytes(StandardCharsets.UTF_8);
    byte[] salt = new byte[saltLength];
    random.nextBytes(salt);
    try {
      byte[] hash =
          argon2ByType
              .get(Type.ARGON2ID)
              .rawHashAdvanced(
                  iterations,
                  memoryKib,
                  parallelism,
                  password,
                  salt,
                  null,
                  null,
                  hashLength,
                  Argon2Version.V13);
      Argon2EncodedHash encoded =
          new Argon2EncodedHash(
              Type.ARGON2ID,
              Argon2EncodedHash.VERSION_13,
              memoryKib,
              iterations,
              parallelism,
              salt,
              hash);
      String result = encoded.encode();
      encoded.wipe();
      return result;
    } finally {
      Arrays.fill(password, (byte) 0);
      Arrays.fill(salt, (byte) 0);
    }
  }

  /**
   * True when the password hashes to the encoded hash, whatever Argon2 variant, version and
   * parameters it names; false for a malformed hash, as Spring's encoder answers. A failure of the
   * library itself (no memory for the 19 MiB, say) is thrown, never taken for a wrong password.
   */
  @Override
  protected boolean matchesNonNull(String rawPassword, String encodedPassword) {
    Argon2EncodedHash expected;
    try {
      expected = Argon2EncodedHash.decode(encodedPassword);
    } catch (IllegalArgumentException malformed) {
      LOG.warn("Malformed password hash: {}", malformed.getMessage());
      return false;
    }
    if (!libargon2Takes(expected)) {
      expected.wipe();
      return pureJava.matches(rawPassword, encodedPassword);
    }
    byte[] password = rawPassword.getBytes(StandardCharsets.UTF_8);
    byte[] actual = null;
    try {
      actual =
          argon2ByType
              .get(expected.type())
              .rawHashAdvanced(
                  expected.iterations(),
                  expected.memoryKib(),
                  expected.parallelism(),
                  password,
                  expected.salt(),
                  null,
                  null,
                  expected.hash().length,
                  expected.version() == Argon2EncodedHash.VERSION_10
                      ? Argon2Version.V10
                      : Argon2Version.V13);
      return MessageDigest.isEqual(actual, expected.hash());
    } finally {
      Arrays.fill(password, (byte) 0);
      if (actual != null) {
        Arrays.fill(actual, (byte) 0);
      }
      expected.wipe();
    }
  }

  /**
   * libargon2 refuses a salt under 8 bytes, a hash under 4 and less than 8 KiB of memory per lane;
   * BouncyCastle takes them (rounding the memory up), so such hashes, which this product never
   * makes, are left to it. Anything else libargon2 refuses is a failure, not a mismatch.
   */
  private static boolean libargon2Takes(Argon2EncodedHash hash) {
    return hash.salt().length >= LIBARGON2_MIN_SALT_BYTES
        && hash.hash().length >= LIBARGON2_MIN_HASH_BYTES
        && (long) hash.memoryKib() >= LIBARGON2_MIN_KIB_PER_LANE * (long) hash.parallelism()
        && hash.parallelism() <= LIBARGON2_MAX_LANES;
  }

  /**
   * True when the hash was made with less memory or fewer iterations than this encoder's, which is
   * Spring's {@link Argon2PasswordEncoder} rule.
   *
   * @throws IllegalArgumentException for a malformed hash, as Spring's encoder does
   */
  @Override
  protected boolean upgradeEncodingNonNull(String encodedPassword) {
    Argon2EncodedHash hash = Argon2EncodedHash.decode(encodedPassword);
    hash.wipe();
    return hash.memoryKib() < memoryKib || hash.iterations() < iterations;
  }

  @Override
  public String toString() {
    return "NativeArgon2PasswordEncoder[argon2id m="
        + memoryKib
        + " KiB, t="
        + iterations
        + ", p="
        + parallelism
        + ", "
        + libraryFile
        + "]";
  }
}
