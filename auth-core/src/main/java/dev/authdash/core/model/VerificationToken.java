package dev.authdash.core.model;

import java.util.Optional;

/**
 * The secret in an email-verification link, mailed to the address it proves. Only its {@link
 * #digest()} is stored.
 */
public final class VerificationToken extends BearerSecret {
  private VerificationToken(String value) {
    super(value);
  }

  public static VerificationToken generate() {
    return new VerificationToken(Secrets.generate());
  }

  /** Reads a token from a link; anything malformed is simply no token. */
  public static Optional<VerificationToken> parse(String raw) {
    return Secrets.wellFormed(raw).map(VerificationToken::new);
  }
}
