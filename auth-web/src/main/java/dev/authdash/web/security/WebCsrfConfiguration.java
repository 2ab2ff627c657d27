package dev.authdash.web.security;

import dev.authdash.web.config.WebSettings;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.security.csrf.CsrfConfiguration;
import jakarta.inject.Singleton;
import java.time.temporal.TemporalAmount;
import java.util.Optional;

/**
 * CSRF settings for micronaut-security-csrf, derived from {@link WebSettings}: the signing key is
 * {@code micronaut.security.csrf.signature-key} (or a random one), and the cookie follows {@code
 * auth.cookie.secure} like every other cookie of the app.
 */
@Singleton
@Replaces(CsrfConfiguration.class)
final class WebCsrfConfiguration implements CsrfConfiguration {
  static final String FIELD_NAME = "csrfToken";
  private static final int RANDOM_BYTES = 32;

  private final WebSettings settings;

  WebCsrfConfiguration(WebSettings settings) {
    this.settings = settings;
  }

  @Override
  public int getRandomValueSize() {
    return RANDOM_BYTES;
  }

  @Override
  public String getSecretKey() {
    return settings.signingKey();
  }

  @Override
  public String getHeaderName() {
    return "X-CSRF-TOKEN";
  }

  @Override
  public String getHttpSessionName() {
    return FIELD_NAME;
  }

  @Override
  public String getFieldName() {
    return FIELD_NAME;
  }

  @Override
  public boolean isSessionCookie() {
    return true;
  }

  @Override
  public boolean isEnabled() {
    return true;
  }

  @Override
  public String getCookieName() {
    return settings.cookieName(WebSettings.CSRF_COOKIE);
  }

  @Override
  public Optional<String> getCookieDomain() {
    return Optional.empty();
  }

  @Override
  public Optional<String> getCookiePath() {
    return Optional.of("/");
  }

  @Override
  public Optional<Boolean> isCookieHttpOnly() {
    return Optional.of(true);
  }

  @Override
  public Optional<Boolean> isCookieSecure() {
    return Optional.of(settings.cookieSecure());
  }

  @Override
  public Optional<TemporalAmount> getCookieMaxAge() {
    return Optional.empty();
  }

  @Override
  public Optional<SameSite> getCookieSameSite() {
    return Optional.of(SameSite.Strict);
  }
}
