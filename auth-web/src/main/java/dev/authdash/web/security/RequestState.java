package dev.authdash.web.security;

import dev.authdash.core.model.SessionEndReason;
import dev.authdash.core.model.SessionResolution;
import dev.authdash.core.model.SessionToken;
import io.micronaut.http.HttpRequest;
import java.util.Optional;

/** What the session resolution found for this request, kept as request attributes. */
public final class RequestState {
  private static final String ACTIVE = "authdash.session.active";
  private static final String TOKEN = "authdash.session.token";
  private static final String EXPIRED = "authdash.session.expired";
  private static final String MISSING = "authdash.session.missing";
  private static final String ENDED = "authdash.session.ended";

  private RequestState() {}

  static void signedIn(
      HttpRequest<?> request, SessionResolution.Active active, SessionToken token) {
    request.setAttribute(ACTIVE, active);
    request.setAttribute(TOKEN, token);
  }

  static void expired(HttpRequest<?> request) {
    request.setAttribute(EXPIRED, Boolean.TRUE);
  }

  static void missing(HttpRequest<?> request) {
    request.setAttribute(MISSING, Boolean.TRUE);
  }

  static void ended(HttpRequest<?> request, SessionEndReason reason) {
    request.setAttribute(ENDED, reason);
  }

  /** Why the session of the browser's cookie was ended by someone, told on this request only. */
  public static Optional<SessionEndReason> endReason(HttpRequest<?> request) {
    return request.getAttribute(ENDED, SessionEndReason.class);
  }

  /**
   * True when the browser brought a session cookie that matches no session (logged out, revoked).
   */
  public static boolean isMissing(HttpRequest<?> request) {
    return request.getAttribute(MISSING, Boolean.class).orElse(false);
  }

  /** The live session and its user as of this request, when signed in. */
  public static Optional<SessionResolution.Active> active(HttpRequest<?> request) {
    return request.getAttribute(ACTIVE, SessionResolution.Active.class);
  }

  /** The token of the live session, when signed in. */
  public static Optional<SessionToken> token(HttpRequest<?> request) {
    return request.getAttribute(TOKEN, SessionToken.class);
  }

  /** True when the browser brought the cookie of a session that ran out. */
  public static boolean isExpired(HttpRequest<?> request) {
    return request.getAttribute(EXPIRED, Boolean.class).orElse(false);
  }

  /**
   * Whether the request should resolve (and so extend) the session: not for assets, the health
   * probes, or the status poll that must not extend it.
   */
  static boolean resolvesSession(HttpRequest<?> request) {
    String path = request.getPath();
    return !(path.startsWith("/static/")
        || path.startsWith("/webjars/")
        || path.startsWith("/health")
        || "/session/status".equals(path));
  }
}
