package dev.authdash.core.model;

import java.util.Optional;

/**
 * The secret a browser or client presents for a session. Only its {@link #digest()} is ever stored,
 * so a leaked store holds no usable session.
 */
public final class SessionToken extends BearerSecret {
  private SessionToken(String value) {
    super(value);
  }

  public static SessionToken generate() {
    return new SessionToken(Secrets.generate());
  }

  /** Reads a token from a cookie or header; anything malformed is simply no token. */
  public static Optional<SessionToken> parse(String raw) {
    return Secrets.wellFormed(raw).map(SessionToken::new);
  }
}
