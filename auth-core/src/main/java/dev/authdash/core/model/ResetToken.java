package dev.authdash.core.model;

import java.util.Optional;

/**
 * The secret in a password-reset link: 256 random bits, base64url, shown once to the admin who
 * issued it. Only its {@link #digest()} is stored.
 */
public final class ResetToken {
  private final String value;

  private ResetToken(String value) {
    this.value = value;
  }

  public static ResetToken generate() {
    return new ResetToken(Secrets.generate());
  }

  /** Reads a token from a link; anything malformed is simply no token. */
  public static Optional<ResetToken> parse(String raw) {
    if (raw == null || !Secrets.FORMAT.matcher(raw).matches()) {
      return Optional.empty();
    }
    return Optional.of(new ResetToken(raw));
  }

  /** The value to put in the link, and nowhere else. */
  public String reveal() {
    return value;
  }

  public TokenDigest digest() {
    return Secrets.digest(value);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ResetToken token && Secrets.same(value, token.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return "ResetToken[***]";
  }
}
