package dev.authdash.core.model;

import java.util.Optional;

/**
 * The secret a browser or client presents: 256 bits from {@link java.security.SecureRandom},
 * base64url. Only its {@link #digest()} is ever stored, so a leaked store holds no usable session.
 */
public final class SessionToken {
  private final String value;

  private SessionToken(String value) {
    this.value = value;
  }

  public static SessionToken generate() {
    return new SessionToken(Secrets.generate());
  }

  /** Reads a token from a cookie or header; anything malformed is simply no token. */
  public static Optional<SessionToken> parse(String raw) {
    if (raw == null || !Secrets.FORMAT.matcher(raw).matches()) {
      return Optional.empty();
    }
    return Optional.of(new SessionToken(raw));
  }

  /** The value to hand to the client (cookie), and nowhere else. */
  public String reveal() {
    return value;
  }

  public TokenDigest digest() {
    return Secrets.digest(value);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SessionToken token && Secrets.same(value, token.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return "SessionToken[***]";
  }
}
