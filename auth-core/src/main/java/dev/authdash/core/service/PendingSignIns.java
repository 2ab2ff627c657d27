package dev.authdash.core.service;

import dev.authdash.core.model.PendingSignIn;
import dev.authdash.core.model.User;
import dev.authdash.core.model.UserId;
import dev.authdash.core.port.out.UserRepository;
import dev.authdash.core.secrets.SecretBox;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Makes and opens pending sign-ins: the user's id, an expiry and a fingerprint of the password
 * hash, encrypted and authenticated under the secret key. Nothing is stored, so every instance that
 * shares the key accepts it; a change of password voids it (the fingerprint no longer matches), and
 * it dies after {@link #LIFETIME}.
 */
final class PendingSignIns {
  /** How long the second step may take. */
  static final Duration LIFETIME = Duration.ofMinutes(5);

  private static final String CONTEXT = "authdash pending sign-in";

  private final SecretBox box;
  private final UserRepository users;

  PendingSignIns(SecretBox box, UserRepository users) {
    this.box = box;
    this.users = users;
  }

  PendingSignIn issue(User user, Instant now) {
    Instant expiresAt = now.plus(LIFETIME);
    String plain =
        user.id() + " " + expiresAt.getEpochSecond() + " " + fingerprint(user.passwordHash());
    return PendingSignIn.of(box.seal(plain.getBytes(StandardCharsets.UTF_8), CONTEXT), expiresAt);
  }

  /** The user who owes the second step, when the pending sign-in is genuine and still valid. */
  Optional<User> open(PendingSignIn pending, Instant now) {
    String[] parts;
    try {
      parts = new String(box.open(pending.reveal(), CONTEXT), StandardCharsets.UTF_8).split(" ");
    } catch (IllegalArgumentException forgedOrOtherKey) {
      return Optional.empty();
    }
    if (parts.length != 3 || !now.isBefore(Instant.ofEpochSecond(Long.parseLong(parts[1])))) {
      return Optional.empty();
    }
    return users
        .findById(UserId.of(parts[0]))
        .filter(user -> fingerprint(user.passwordHash()).equals(parts[2]));
  }

  private static String fingerprint(String passwordHash) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256")
              .digest(passwordHash.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
