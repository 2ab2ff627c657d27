package dev.authdash.web.security;

import io.micronaut.http.HttpRequest;
import io.micronaut.security.session.SessionIdResolver;
import jakarta.inject.Singleton;
import java.util.Optional;

/**
 * Binds CSRF tokens to our live session: the HMAC of each token covers the digest of the session
 * token, so a token minted for one session (or for the anonymous visitor) fails in another.
 */
@Singleton
final class CoreSessionIdResolver implements SessionIdResolver<HttpRequest<?>> {

  @Override
  public Optional<String> findSessionId(HttpRequest<?> request) {
    return RequestState.token(request).map(token -> token.digest().value());
  }
}
