package dev.authdash.web.security;

import dev.authdash.web.config.WebSettings;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;

/**
 * Security headers on every response. The CSP allows scripts and styles from this origin only (no
 * inline script), no plugins, no {@code <base>}, no framing. Signed-in responses are never cached.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class SecurityHeadersFilter implements Ordered {
  static final String CSP =
      "default-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none';"
          + " form-action 'self'; img-src 'self' data:";

  private final boolean hsts;

  SecurityHeadersFilter(WebSettings settings) {
    this.hsts = settings.cookieSecure();
  }

  /** Outermost, so that rejections by the security filter get the headers too. */
  @Override
  public int getOrder() {
    return ServerFilterPhase.FIRST.order();
  }

  @ResponseFilter
  void addHeaders(HttpRequest<?> request, MutableHttpResponse<?> response) {
    response.header("Content-Security-Policy", CSP);
    response.header("X-Content-Type-Options", "nosniff");
    if (!response.getHeaders().contains("Referrer-Policy")) {
      // A response may ask for less (a reset link's first response sends none).
      response.header("Referrer-Policy", "same-origin");
    }
    response.header("X-Frame-Options", "DENY");
    response.header("Cross-Origin-Opener-Policy", "same-origin");
    if (hsts) {
      response.header("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    }
    if (RequestState.active(request).isPresent()) {
      response.header(HttpHeaders.CACHE_CONTROL, "no-store");
    }
  }
}
