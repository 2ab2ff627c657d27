package dev.authdash.web.security;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/**
 * Decides whether a "go back to" target is a path on this site. Anything that a browser could read
 * as another origin ({@code //evil}, {@code /\evil}, {@code https://...}, control characters that
 * browsers strip) is refused.
 */
public final class SafeRedirect {
  private static final int MAX_LENGTH = 512;

  private SafeRedirect() {}

  public static Optional<String> sameSitePath(String raw) {
    if (raw == null || raw.isEmpty() || raw.length() > MAX_LENGTH) {
      return Optional.empty();
    }
    if (raw.charAt(0) != '/' || raw.startsWith("//") || raw.indexOf('\\') >= 0) {
      return Optional.empty();
    }
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c < 0x21 || c == 0x7f) {
        return Optional.empty();
      }
    }
    try {
      URI uri = new URI(raw);
      if (uri.getScheme() != null || uri.getRawAuthority() != null) {
        return Optional.empty();
      }
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
    return Optional.of(raw);
  }
}
