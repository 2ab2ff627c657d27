package dev.authdash.core.model;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * A passkey (a WebAuthn credential) as the stores keep it: the public key the authenticator made
 * (COSE-encoded; the private key never leaves the authenticator), the signature count it last
 * reported (a count that goes backwards betrays a cloned authenticator), the user handle it holds
 * for its user, the name its owner gave it, and when it was added and last used.
 *
 * @param publicKeyCose the credential's public key, COSE_Key bytes
 * @param signatureCount the authenticator's counter at the last use (0: it keeps none)
 * @param userHandle what the authenticator returns to name the user (see {@link
 *     #userHandle(UserId)})
 * @param transports how the browser reached the authenticator ("internal", "usb", "hybrid" …)
 */
public record Passkey(
    PasskeyId id,
    UserId userId,
    byte[] publicKeyCose,
    long signatureCount,
    byte[] userHandle,
    String label,
    Instant createdAt,
    Optional<Instant> lastUsedAt,
    Set<String> transports) {

  /** The longest name a passkey may have. */
  public static final int MAX_LABEL = 64;

  public Passkey {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(userId, "userId");
    publicKeyCose = Objects.requireNonNull(publicKeyCose, "publicKeyCose").clone();
    userHandle = Objects.requireNonNull(userHandle, "userHandle").clone();
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(lastUsedAt, "lastUsedAt");
    transports = Set.copyOf(new TreeSet<>(Objects.requireNonNull(transports, "transports")));
    if (signatureCount < 0) {
      throw new IllegalArgumentException("signatureCount");
    }
  }

  /** A passkey just registered: never used yet. */
  public static Passkey added(
      PasskeyId id,
      UserId userId,
      byte[] publicKeyCose,
      long signatureCount,
      String label,
      Instant now,
      Set<String> transports) {
    return new Passkey(
        id,
        userId,
        publicKeyCose,
        signatureCount,
        userHandle(userId),
        label,
        now,
        Optional.empty(),
        transports);
  }

  /**
   * The user handle of a user: the 16 bytes of their random id, which names nobody (WebAuthn asks
   * that it hold no personal data) and lets a username-less sign-in find its user.
   */
  public static byte[] userHandle(UserId userId) {
    UUID uuid = userId.value();
    return ByteBuffer.allocate(16)
        .putLong(uuid.getMostSignificantBits())
        .putLong(uuid.getLeastSignificantBits())
        .array();
  }

  /** The user a user handle names, when it has the shape of one. */
  public static Optional<UserId> userOfHandle(byte[] handle) {
    if (handle == null || handle.length != 16) {
      return Optional.empty();
    }
    ByteBuffer buffer = ByteBuffer.wrap(handle);
    return Optional.of(new UserId(new UUID(buffer.getLong(), buffer.getLong())));
  }

  /**
   * A name as typed: trimmed, inner runs of white space made one space; refused when empty, longer
   * than {@link #MAX_LABEL} or holding control characters.
   */
  public static Optional<String> normaliseLabel(String typed) {
    String label = typed == null ? "" : typed.strip().replaceAll("\\s+", " ");
    boolean control = label.chars().anyMatch(Character::isISOControl);
    return label.isEmpty() || label.length() > MAX_LABEL || control
        ? Optional.empty()
        : Optional.of(label);
  }

  @Override
  public byte[] publicKeyCose() {
    return publicKeyCose.clone();
  }

  @Override
  public byte[] userHandle() {
    return userHandle.clone();
  }

  public Passkey withLabel(String newLabel) {
    return new Passkey(
        id,
        userId,
        publicKeyCose,
        signatureCount,
        userHandle,
        newLabel,
        createdAt,
        lastUsedAt,
        transports);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Passkey that
        && id.equals(that.id)
        && userId.equals(that.userId)
        && Arrays.equals(publicKeyCose, that.publicKeyCose)
        && signatureCount == that.signatureCount
        && Arrays.equals(userHandle, that.userHandle)
        && label.equals(that.label)
        && createdAt.equals(that.createdAt)
        && lastUsedAt.equals(that.lastUsedAt)
        && transports.equals(that.transports);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, userId, signatureCount, label, createdAt);
  }

  @Override
  public String toString() {
    return "Passkey[" + id + ", " + userId + ", \"" + label + "\", count " + signatureCount + "]";
  }
}
