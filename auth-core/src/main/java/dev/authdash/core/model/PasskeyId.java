package dev.authdash.core.model;

import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A passkey's credential id, as the authenticator made it (1 to 1023 bytes), held in its base64url
 * form without padding: the form browsers and the WebAuthn JSON use, and the one in page links.
 */
public record PasskeyId(String value) {
  private static final Pattern BASE64URL = Pattern.compile("[A-Za-z0-9_-]{2,1364}");

  public PasskeyId {
    Objects.requireNonNull(value, "value");
    if (!BASE64URL.matcher(value).matches()) {
      throw new IllegalArgumentException("not a base64url credential id");
    }
  }

  public static PasskeyId of(byte[] bytes) {
    return new PasskeyId(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
  }

  /** What a client sent; malformed text is no credential id. */
  public static Optional<PasskeyId> parse(String raw) {
    return raw != null && BASE64URL.matcher(raw).matches()
        ? Optional.of(new PasskeyId(raw))
        : Optional.empty();
  }

  public byte[] bytes() {
    return Base64.getUrlDecoder().decode(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
