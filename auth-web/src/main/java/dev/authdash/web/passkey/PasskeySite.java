package dev.authdash.web.passkey;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/**
 * Where passkeys are bound: the relying-party id (the host people use) and the origin (scheme, host
 * and port), both from {@code auth.public-url}. A passkey works only on the site whose RP id it was
 * made for, so they cannot follow the request's Host header; without the setting passkeys are off,
 * and so they are on a plain-http address other than localhost (browsers refuse WebAuthn there).
 *
 * @param off why passkeys are off, when they are
 */
public record PasskeySite(String rpId, String origin, Optional<String> off) {

  public static PasskeySite of(String publicUrl) {
    if (publicUrl == null || publicUrl.isBlank()) {
      return disabled(
          "Passkeys are off: set AUTH_PUBLIC_URL to the address people use (e.g."
              + " https://auth.example.com, or http://localhost:8080 in development); a passkey is"
              + " bound to that host name.");
    }
    URI uri;
    try {
      uri = URI.create(publicUrl.strip());
    } catch (IllegalArgumentException e) {
      return disabled("Passkeys are off: AUTH_PUBLIC_URL is not a URL.");
    }
    String scheme = String.valueOf(uri.getScheme()).toLowerCase(Locale.ROOT);
    String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
    if (host.isEmpty() || !("https".equals(scheme) || "http".equals(scheme))) {
      return disabled("Passkeys are off: AUTH_PUBLIC_URL is not an http(s) address.");
    }
    if ("http".equals(scheme) && !"localhost".equals(host)) {
      return disabled(
          "Passkeys are off: browsers allow them only on https addresses (and on"
              + " http://localhost), and AUTH_PUBLIC_URL is "
              + scheme
              + "://"
              + host
              + ".");
    }
    String origin = scheme + "://" + host + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
    return new PasskeySite(host, origin, Optional.empty());
  }

  private static PasskeySite disabled(String why) {
    return new PasskeySite("", "", Optional.of(why));
  }

  public boolean enabled() {
    return off.isEmpty();
  }
}
