package dev.authdash.core.model;

/**
 * A secret whose bearer is trusted (a session token, a reset link's token): 256 random bits,
 * base64url, compared in constant time, never shown by {@code toString}, stored only as its {@link
 * #digest()}.
 */
public abstract class BearerSecret {
  private final String value;

  BearerSecret(String value) {
    this.value = value;
  }

  /** The value to hand to its bearer (a cookie, a link), and nowhere else. */
  public final String reveal() {
    return value;
  }

  public final TokenDigest digest() {
    return Secrets.digest(value);
  }

  @Override
  public final boolean equals(Object other) {
    return other != null
        && other.getClass() == getClass()
        && Secrets.same(value, ((BearerSecret) other).value);
  }

  @Override
  public final int hashCode() {
    return value.hashCode();
  }

  @Override
  public final String toString() {
    return getClass().getSimpleName() + "[***]";
  }
}
