package dev.authdash.web.security;

import dev.authdash.core.model.ClientInfo;
import dev.authdash.web.config.WebSettings;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import java.net.InetSocketAddress;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a request comes from. {@code X-Forwarded-For} and {@code X-Forwarded-Proto} are believed
 * only when {@code auth.trust-proxy} is true; then the last address in {@code X-Forwarded-For} is
 * taken, the one the trusted proxy saw, since anything before it is whatever the client sent.
 */
@Singleton
public final class ClientAddresses {
  private final boolean trustProxy;

  public ClientAddresses(WebSettings settings) {
    this.trustProxy = settings.trustProxy();
  }

  public ClientInfo client(HttpRequest<?> request) {
    return ClientInfo.of(address(request), request.getHeaders().get(HttpHeaders.USER_AGENT));
  }

  public String address(HttpRequest<?> request) {
    if (trustProxy) {
      Optional<String> forwarded = lastForwardedFor(request);
      if (forwarded.isPresent()) {
        return forwarded.get();
      }
    }
    InetSocketAddress remote = request.getRemoteAddress();
    return remote.getAddress() != null ? Addresses.shown(remote.getAddress()) : "unknown";
  }

  /** True when the client reached us over HTTPS, directly or through the trusted proxy. */
  public boolean isHttps(HttpRequest<?> request) {
    if (request.isSecure()) {
      return true;
    }
    return trustProxy
        && "https"
            .equals(
                Optional.ofNullable(request.getHeaders().get("X-Forwarded-Proto"))
                    .map(p -> p.strip().toLowerCase(Locale.ROOT))
                    .orElse(""));
  }

  private static Optional<String> lastForwardedFor(HttpRequest<?> request) {
    String header = request.getHeaders().get("X-Forwarded-For");
    if (header == null || header.isBlank()) {
      return Optional.empty();
    }
    String[] hops = header.split(",");
    String last = hops[hops.length - 1].strip();
    return last.isEmpty() ? Optional.empty() : Optional.of(last);
  }
}
