package dev.authdash.web.security;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * The value of the "remember the page" cookie: the path in base64url, since a path's query may hold
 * characters a cookie value cannot ({@code ;}, {@code ,}, {@code "}, spaces). Read back, the path
 * is checked again by {@link SafeRedirect}: a cookie is the browser's to change.
 */
public final class NextCookie {
  private NextCookie() {}

  public static String encode(String path) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(path.getBytes(StandardCharsets.UTF_8));
  }

  public static Optional<String> decode(String value) {
    try {
      return SafeRedirect.sameSitePath(
          new String(Base64.getUrlDecoder().decode(value), StandardCharsets.UTF_8));
    } catch (IllegalArgumentException notBase64) {
      return Optional.empty();
    }
  }
}
