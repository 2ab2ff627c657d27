package dev.authdash.core.model;

import java.util.Optional;

/**
 * The secret in a password-reset link, shown once to the admin who issued it. Only its {@link
 * #digest()} is stored.
 */
public final class ResetToken extends BearerSecret {
  private ResetToken(String value) {
    super(value);
  }

  public static ResetToken generate() {
    return new ResetToken(Secrets.generate());
  }

  /** Reads a token from a link; anything malformed is simply no token. */
  public static Optional<ResetToken> parse(String raw) {
    return Secrets.wellFormed(raw).map(ResetToken::new);
  }
}
