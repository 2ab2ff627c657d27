package dev.authdash.cli;

import dev.authdash.core.secrets.SecretBox;
import dev.authdash.wiring.SecretKeys;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code authdash secret-key rotate}: re-encrypts every stored TOTP key under a new secret key.
 *
 * <p>With the key file, the new key is written beside it first ({@code <file>.new}, mode 0600),
 * then the keys are re-encrypted, then the file is replaced: a run that stops half-way leaves the
 * new key on disk, and running the command again finishes the job (keys already re-encrypted are
 * recognised and left alone).
 */
@Command(
    name = "rotate",
    mixinStandardHelpOptions = true,
    description = {
      "Re-encrypt every two-factor key under a new secret key.",
      "With the key file beside the database, the file is replaced. With AUTH_SECRET_KEY, set the"
          + " new key on every instance and restart them."
    })
final class SecretKeyRotateCliCommand extends CoreCliCommand {
  @Option(
      names = "--new-key-stdin",
      description = "Read the new key (base64 of 32 bytes) from stdin instead of generating one.")
  boolean newKeyFromStdin;

  @Override
  void execute() {
    SecretKeys.Source current = runtime().secretKey();
    Path pending = current.fromFile() ? pendingFile(current.file()) : null;
    String newKey = newKey(pending);
    if (pending != null) {
      SecretKeys.write(pending, newKey);
    }
    int count = core().rotateSecretKey().rotate(newKey);
    if (pending != null) {
      replace(pending, current.file());
    }
    boolean showKey = !current.fromFile() && !newKeyFromStdin;
    print(
        Json.obj(
            "reencrypted",
            count,
            "keyFile",
            current.fromFile() ? current.file().toString() : null,
            "newKey",
            showKey ? newKey : null),
        () -> {
          out().printf("Re-encrypted %d two-factor key(s).%n", count);
          if (current.fromFile()) {
            out().printf("The new key is in %s. Restart the dashboard.%n", current.file());
          } else if (showKey) {
            out()
                .printf(
                    "Set AUTH_SECRET_KEY to this new key on every instance and restart them:%n%s%n",
                    newKey);
          } else {
            out().println("Set AUTH_SECRET_KEY to the new key on every instance and restart them.");
          }
        });
  }

  private String newKey(Path pending) {
    if (newKeyFromStdin) {
      String typed = StdinPassword.read(root().environment(), "--new-key-stdin").reveal().strip();
      try {
        SecretBox.ofBase64(typed);
      } catch (IllegalArgumentException e) {
        throw new CliException(
            ExitCode.USAGE,
            "The new key must be 32 random bytes in base64 (openssl rand -base64 32).",
            e);
      }
      return typed;
    }
    if (pending != null && Files.isRegularFile(pending)) {
      try {
        return Files.readString(pending, StandardCharsets.US_ASCII).strip();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return SecretBox.generateKey();
  }

  private static Path pendingFile(Path keyFile) {
    return keyFile.resolveSibling(keyFile.getFileName() + ".new");
  }

  private static void replace(Path pending, Path keyFile) {
    try {
      Files.move(
          pending, keyFile, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException("could not replace " + keyFile + " by " + pending, e);
    }
  }
}
