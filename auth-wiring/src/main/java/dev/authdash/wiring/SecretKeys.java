package dev.authdash.wiring;

import dev.authdash.core.secrets.SecretBox;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the secret key (TOTP keys at rest, pending sign-ins) comes from: {@code AUTH_SECRET_KEY}
 * when set; else, with the SQLite users store, a key file beside the database ({@code
 * <database>.secret-key}, mode 0600), made on first start; with a shared users store (several
 * instances, {@code auth.db.url}) a missing key refuses to start, since each instance would make a
 * key of its own and none could read the others' secrets.
 */
public final class SecretKeys {
  private static final Logger LOG = LoggerFactory.getLogger(SecretKeys.class);
  static final String SUFFIX = ".secret-key";

  /** The key and where it came from (for messages: {@code AUTH_SECRET_KEY} or the file). */
  public record Source(String base64, Path file) {
    public boolean fromFile() {
      return file != null;
    }

    @Override
    public String toString() {
      return fromFile() ? "secret key file " + file : "AUTH_SECRET_KEY";
    }
  }

  private SecretKeys() {}

  /**
   * The key to use.
   *
   * @throws IllegalStateException with the reason, when the configured key is malformed
   */
  public static Source resolve(String configured, String databasePath, String sharedStoreUrl) {
    if (configured != null && !configured.isBlank()) {
      check(configured, "AUTH_SECRET_KEY");
      return new Source(configured.strip(), null);
    }
    if (sharedStoreUrl != null && !sharedStoreUrl.isBlank()) {
      // A key file per instance would make every instance unable to read the others' secrets.
      throw new IllegalStateException(
          "AUTH_SECRET_KEY is not set, and the users store is shared (AUTH_DB_URL): every instance"
              + " must encrypt and read two-factor keys with the same secret key. Generate one"
              + " (openssl rand -base64 32), keep it in your secret store and give it to every"
              + " instance as AUTH_SECRET_KEY.");
    }
    return fromFile(keyFileFor(Path.of(databasePath)));
  }

  /** The key file that belongs to a SQLite database file. */
  public static Path keyFileFor(Path database) {
    return database.resolveSibling(database.getFileName() + SUFFIX);
  }

  /** Replaces the key in the file (mode 0600), atomically. */
  public static void write(Path file, String base64) {
    check(base64, "the new key");
    try {
      Path parent = file.toAbsolutePath().getParent();
      Files.createDirectories(parent);
      Path temp = Files.createTempFile(parent, file.getFileName().toString(), ".tmp", ownerOnly());
      Files.writeString(temp, base64 + "\n", StandardCharsets.US_ASCII);
      Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException("could not write the secret key file " + file, e);
    }
  }

  private static Source fromFile(Path file) {
    try {
      if (!Files.exists(file)) {
        create(file);
      }
      String key = Files.readString(file, StandardCharsets.US_ASCII).strip();
      check(key, "the secret key file " + file);
      LOG.info("Two-factor keys are encrypted with the key in {}", file);
      return new Source(key, file);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read or create the secret key file " + file, e);
    }
  }

  private static void create(Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    try {
      Files.createFile(file, ownerOnly());
    } catch (FileAlreadyExistsException anotherProcessWasFirst) {
      return;
    }
    Files.writeString(file, SecretBox.generateKey() + "\n", StandardCharsets.US_ASCII);
    LOG.warn(
        "No AUTH_SECRET_KEY: generated a secret key in {} (mode 0600). It encrypts two-factor"
            + " keys: back it up with the database, and keep it off shared disks.",
        file);
  }

  private static java.nio.file.attribute.FileAttribute<?>[] ownerOnly() {
    try {
      return new java.nio.file.attribute.FileAttribute<?>[] {
        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))
      };
    } catch (UnsupportedOperationException notPosix) {
      return new java.nio.file.attribute.FileAttribute<?>[0];
    }
  }

  private static void check(String base64, String where) {
    try {
      SecretBox.ofBase64(base64);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(
          where + " must be 32 random bytes in base64 (openssl rand -base64 32): " + e.getMessage(),
          e);
    }
  }
}
