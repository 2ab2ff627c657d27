package dev.authdash.crypto.nativeargon2;

import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;

/**
 * An Argon2 hash in the PHC string form that libargon2 and Spring Security Crypto share: {@code
 * $argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>}, salt and hash in standard base64. Written without
 * padding, as both libraries write it; read with or without padding. Holds the salt and hash bytes
 * until {@link #wipe()}.
 */
final class Argon2EncodedHash {
  static final int VERSION_10 = 0x10;
  static final int VERSION_13 = 0x13;

  private static final Base64.Encoder B64_ENCODER = Base64.getEncoder().withoutPadding();
  // The basic decoder takes padded and unpadded input alike.
  private static final Base64.Decoder B64_DECODER = Base64.getDecoder();

  /** The three Argon2 variants by the name the encoded form gives them. */
  enum Type {
    ARGON2D("argon2d"),
    ARGON2I("argon2i"),
    ARGON2ID("argon2id");

    private final String id;

    Type(String id) {
      this.id = id;
    }

    String id() {
      return id;
    }

    static Type ofId(String id) {
      for (Type type : values()) {
        if (type.id.equals(id)) {
          return type;
        }
      }
      throw new IllegalArgumentException("Not an Argon2 variant: " + id);
    }
  }

  private final Type type;
  private final int version;
  private final int memoryKib;
  private final int iterations;
  private final int parallelism;
  private final byte[] salt;
  private final byte[] hash;

  Argon2EncodedHash(
      Type type,
      int version,
      int memoryKib,
      int iterations,
      int parallelism,
      byte[] salt,
      byte[] hash) {
    if (version != VERSION_10 && version != VERSION_13) {
      throw new IllegalArgumentException("Unknown Argon2 version " + version);
    }
    if (memoryKib < 1 || iterations < 1 || parallelism < 1) {
      throw new IllegalArgumentException("Argon2 parameters must be positive");
    }
    if (salt.length == 0 || hash.length == 0) {
      throw new IllegalArgumentException("Argon2 salt and hash must not be empty");
    }
    this.type = type;
    this.version = version;
    this.memoryKib = memoryKib;
    this.iterations = iterations;
    this.parallelism = parallelism;
    this.salt = salt;
    this.hash = hash;
  }

  /**
   * Reads the encoded form, in the same grammar as Spring's {@code Argon2EncodingUtils}: the {@code
   * v=} part may be left out (version 0x10 then).
   *
   * @throws IllegalArgumentException when it is not an Argon2 hash in that form
   */
  static Argon2EncodedHash decode(String encoded) {
    String[] parts = encoded.split("\\$", -1);
    if (parts.length < 5 || parts.length > 6 || !parts[0].isEmpty()) {
      throw new IllegalArgumentException("Invalid encoded Argon2 hash");
    }
    int part = 1;
    Type type = Type.ofId(parts[part++]);
    int version = VERSION_10;
    if (parts[part].startsWith("v=")) {
      version = Integer.parseInt(parts[part++].substring(2));
    }
    if (parts.length - part != 3) {
      throw new IllegalArgumentException("Invalid encoded Argon2 hash");
    }
    String[] performance = parts[part++].split(",", -1);
    if (performance.length != 3) {
      throw new IllegalArgumentException("Amount of performance parameters invalid");
    }
    int memoryKib = parameter(performance[0], "m=");
    int iterations = parameter(performance[1], "t=");
    int parallelism = parameter(performance[2], "p=");
    byte[] salt = B64_DECODER.decode(parts[part++]);
    byte[] hash = B64_DECODER.decode(parts[part]);
    return new Argon2EncodedHash(type, version, memoryKib, iterations, parallelism, salt, hash);
  }

  private static int parameter(String text, String prefix) {
    if (!text.startsWith(prefix)) {
      throw new IllegalArgumentException("Invalid " + prefix + " parameter");
    }
    return Integer.parseInt(text.substring(prefix.length()));
  }

  /** The encoded form; standard base64 without padding, as libargon2 and Spring write it. */
  String encode() {
    return header()
        + "$"
        + B64_ENCODER.encodeToString(salt)
        + "$"
        + B64_ENCODER.encodeToString(hash);
  }

  Type type() {
    return type;
  }

  int version() {
    return version;
  }

  int memoryKib() {
    return memoryKib;
  }

  int iterations() {
    return iterations;
  }

  int parallelism() {
    return parallelism;
  }

  /** The salt itself, not a copy: wiped by {@link #wipe()}. */
  byte[] salt() {
    return salt;
  }

  /** The hash itself, not a copy: wiped by {@link #wipe()}. */
  byte[] hash() {
    return hash;
  }

  void wipe() {
    Arrays.fill(salt, (byte) 0);
    Arrays.fill(hash, (byte) 0);
  }

  @Override
  public String toString() {
    // Parameters only: the hash itself is a secret's derivative and stays out of logs.
    return header() + "$…";
  }

  /** {@code $argon2id$v=19$m=19456,t=2,p=1}: variant, version and parameters. */
  private String header() {
    return String.format(
        Locale.ROOT,
        "$%s$v=%d$m=%d,t=%d,p=%d",
        type.id(),
        version,
        memoryKib,
        iterations,
        parallelism);
  }
}
