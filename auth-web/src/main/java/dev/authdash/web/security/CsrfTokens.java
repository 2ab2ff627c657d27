package dev.authdash.web.security;

import dev.authdash.web.config.WebSettings;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.security.csrf.generator.CsrfTokenGenerator;
import io.micronaut.security.csrf.validator.CsrfTokenValidator;
import jakarta.inject.Singleton;
import java.util.Optional;

/**
 * Hands each rendered page the CSRF token for its forms (double-submit cookie, HMAC-signed and
 * bound to the session). The browser's token is reused while it is still valid for this session, so
 * two open tabs do not invalidate each other's forms.
 */
@Singleton
public final class CsrfTokens {
  /** Header for scripts (the layout has the token in a meta tag). */
  public static final String HEADER = "X-CSRF-TOKEN";

  private static final int MAX_LENGTH = 256;
  private final CsrfTokenGenerator<HttpRequest<?>> generator;
  private final CsrfTokenValidator<HttpRequest<?>> validator;
  private final WebSettings settings;

  CsrfTokens(
      CsrfTokenGenerator<HttpRequest<?>> generator,
      CsrfTokenValidator<HttpRequest<?>> validator,
      WebSettings settings) {
    this.generator = generator;
    this.validator = validator;
    this.settings = settings;
  }

  /**
   * Refuses a state-changing request whose token is missing, malformed, not the one in this
   * browser's cookie, or minted for another session.
   *
   * @throws CsrfRejectedException shown as the 403 page; nothing was done
   */
  public void require(HttpRequest<?> request, String submitted) {
    String token = submitted;
    if (token == null || token.isBlank()) {
      token = request.getHeaders().get(HEADER);
    }
    if (token == null
        || token.isBlank()
        || token.length() > MAX_LENGTH
        || !validator.validateCsrfToken(request, token)) {
      throw new CsrfRejectedException();
    }
  }

  /** The token for this page's forms; sets the cookie on the response when a new one is made. */
  public String tokenFor(HttpRequest<?> request, MutableHttpResponse<?> response) {
    Optional<String> current = settings.cookieValue(request, WebSettings.CSRF_COOKIE);
    if (current.isPresent() && validator.validateCsrfToken(request, current.get())) {
      return current.get();
    }
    String token = generator.generateCsrfToken(request);
    response.cookie(settings.cookie(WebSettings.CSRF_COOKIE, token, SameSite.Strict, null));
    return token;
  }
}
