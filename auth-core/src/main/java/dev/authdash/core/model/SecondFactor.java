package dev.authdash.core.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A user's authenticator-app factor as the stores keep it: the TOTP key encrypted (never in the
 * clear), whether its owner has confirmed it with a code (only then does sign-in ask for it), and
 * the last time step a code was accepted for (a code is good for one use).
 *
 * @param encryptedSecret the key sealed with AES-GCM under the secret key, bound to the user's id
 * @param enabled true once confirmed; false while the owner is still enrolling
 * @param lastUsedStep the newest step a code was accepted for; -1 before the first
 */
public record SecondFactor(
    UserId userId, String encryptedSecret, boolean enabled, Instant createdAt, long lastUsedStep) {

  public static final long NO_STEP = -1;

  public SecondFactor {
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(encryptedSecret, "encryptedSecret");
    Objects.requireNonNull(createdAt, "createdAt");
  }

  /** A key handed out for enrolment, not confirmed yet. */
  public static SecondFactor enrolling(UserId userId, String encryptedSecret, Instant now) {
    return new SecondFactor(userId, encryptedSecret, false, now, NO_STEP);
  }

  /** The same factor, confirmed: sign-in asks for it from now on. */
  public SecondFactor enable() {
    return new SecondFactor(userId, encryptedSecret, true, createdAt, lastUsedStep);
  }

  public SecondFactor withEncryptedSecret(String sealed) {
    return new SecondFactor(userId, sealed, enabled, createdAt, lastUsedStep);
  }

  @Override
  public String toString() {
    return "SecondFactor[" + userId + (enabled ? ", enabled" : ", enrolling") + "]";
  }
}
