package dev.authdash.web.controller;

import dev.authdash.core.model.ResetToken;
import dev.authdash.web.security.ClientAddresses;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import java.net.URI;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Absolute links to this site, for links handed on outside the browser (reset links). With {@code
 * auth.public-url} set (e.g. {@code https://auth.example.com}) it is used as is; otherwise the link
 * is built from the request's scheme and {@code Host}, the address the admin used.
 */
@Singleton
final class PublicLinks {
  private static final Pattern HOST =
      Pattern.compile("[A-Za-z0-9.\\-]+(:\\d{1,5})?|\\[[0-9A-Fa-f:.]+\\](:\\d{1,5})?");

  private final String publicUrl;
  private final ClientAddresses clients;

  PublicLinks(@Value("${auth.public-url:}") String publicUrl, ClientAddresses clients) {
    this.clients = clients;
    String configured = publicUrl == null ? "" : publicUrl.strip();
    if (!configured.isEmpty()) {
      URI uri = URI.create(configured);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!("https".equals(scheme) || "http".equals(scheme)) || uri.getHost() == null) {
        throw new IllegalArgumentException(
            "auth.public-url must be an absolute http(s) URL, such as https://auth.example.com");
      }
    }
    this.publicUrl =
        configured.endsWith("/") ? configured.substring(0, configured.length() - 1) : configured;
  }

  /** The link that lets its holder choose a new password. */
  String resetLink(HttpRequest<?> request, ResetToken token) {
    return base(request) + "/reset-password?token=" + token.reveal();
  }

  private String base(HttpRequest<?> request) {
    if (!publicUrl.isEmpty()) {
      return publicUrl;
    }
    String host = request.getHeaders().get(HttpHeaders.HOST);
    if (host == null || !HOST.matcher(host.strip()).matches()) {
      host =
          request.getServerAddress().getHostString() + ":" + request.getServerAddress().getPort();
    }
    return (clients.isHttps(request) ? "https" : "http") + "://" + host.strip();
  }
}
