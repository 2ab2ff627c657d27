package dev.authdash.web.config;

import dev.authdash.core.model.DeviceCookie;
import dev.authdash.core.model.SessionToken;
import dev.authdash.core.model.SignedIn;
import dev.authdash.wiring.SessionStoreSetting;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.env.Environment;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The web layer's own settings: cookie security, proxy trust and the key that signs CSRF tokens and
 * flash messages. Every cookie the app sets is made here, so {@code auth.cookie.secure=false} drops
 * Secure and the {@code __Host-} prefix from all of them at once. Their defaults are those of
 * application.yml, the web's one source of them (the README's settings table is held to it); the
 * session store's is {@link SessionStoreSetting}'s, shared with the CLI.
 */
@Context
public final class WebSettings {
  private static final Logger LOG = LoggerFactory.getLogger(WebSettings.class);
  private static final String HOST_PREFIX = "__Host-";

  public static final String SESSION_COOKIE = "authdash";
  public static final String CSRF_COOKIE = "csrf";
  public static final String FLASH_COOKIE = "flash";
  public static final String NEXT_COOKIE = "next";

  /** The reset link's token between the link's first GET and the form's POST. */
  public static final String RESET_COOKIE = "reset";

  /**
   * The device cookie: set at each completed sign-in, read only by the sign-in steps, kept across
   * sign-outs (it names a browser that signed in, not a session).
   */
  public static final String DEVICE_COOKIE = "device";

  /** The pending sign-in between a right password and the second factor (opens no page). */
  public static final String PENDING_SIGN_IN_COOKIE = "pending";

  /** The id of a passkey ceremony in flight (its challenge is kept on the server, single-use). */
  public static final String PASSKEY_COOKIE = "passkey";

  /** Why an instance with shared sessions refuses to start without a configured key. */
  static final String SHARED_SESSIONS_NEED_A_KEY =
      "AUTH_SESSION_STORE=redis shares sessions between dashboard instances (and across restarts),"
          + " so a form rendered by one instance is posted to another: every instance must sign"
          + " CSRF tokens and flash messages with the same key. Set AUTH_CSRF_SIGNATURE_KEY to the"
          + " same secret on every instance (e.g. the output of `openssl rand -base64 48`).";

  private final boolean cookieSecure;
  private final boolean trustProxy;
  private final String signingKey;

  /** The settings as configured; the session store as the wiring reads it (memory unless set). */
  @Inject
  WebSettings(
      @Value("${auth.cookie.secure}") boolean cookieSecure,
      @Value("${auth.trust-proxy}") boolean trustProxy,
      @Value("${micronaut.security.csrf.signature-key:}") String configuredKey,
      Environment settings) {
    this(cookieSecure, trustProxy, configuredKey, SessionStoreSetting.read(settings));
  }

  public WebSettings(
      boolean cookieSecure, boolean trustProxy, String configuredKey, String sessionStore) {
    this.cookieSecure = cookieSecure;
    this.trustProxy = trustProxy;
    boolean noKey = configuredKey == null || configuredKey.isBlank();
    if (noKey && SessionStoreSetting.REDIS.equalsIgnoreCase(sessionStore.strip())) {
      throw new IllegalStateException(SHARED_SESSIONS_NEED_A_KEY);
    }
    if (noKey) {
      byte[] random = new byte[32];
      new SecureRandom().nextBytes(random);
      this.signingKey = Base64.getEncoder().encodeToString(random);
      LOG.warn(
          "No CSRF signature key configured (AUTH_CSRF_SIGNATURE_KEY): generated a random one for"
              + " this run. Forms open in browsers need a reload after a restart, and several"
              + " instances behind one load balancer need the same configured key.");
    } else {
      this.signingKey = configuredKey;
    }
    if (!cookieSecure) {
      LOG.warn(
          "auth.cookie.secure=false: cookies are sent over plain HTTP. Use only on a trusted"
              + " network or behind a proxy that adds TLS.");
    }
  }

  public boolean cookieSecure() {
    return cookieSecure;
  }

  public boolean trustProxy() {
    return trustProxy;
  }

  /** Secret for HMACs (CSRF tokens, flash messages); never logged. */
  public String signingKey() {
    return signingKey;
  }

  /** The real cookie name for a base name: {@code __Host-} prefixed when cookies are Secure. */
  public String cookieName(String base) {
    return cookieSecure ? HOST_PREFIX + base : base;
  }

  /** A host-only, HttpOnly cookie on {@code /}, Secure unless configured otherwise. */
  public Cookie cookie(String base, String value, SameSite sameSite, Duration maxAge) {
    Cookie cookie =
        Cookie.of(cookieName(base), value)
            .httpOnly(true)
            .secure(cookieSecure)
            .path("/")
            .sameSite(sameSite);
    return maxAge == null ? cookie : cookie.maxAge(maxAge);
  }

  /** The same cookie, told to the browser to forget. */
  public Cookie expiredCookie(String base) {
    return cookie(base, "", SameSite.Lax, Duration.ZERO);
  }

  public Optional<String> cookieValue(HttpRequest<?> request, String base) {
    return request.getCookies().findCookie(cookieName(base)).map(Cookie::getValue);
  }

  public boolean hasSessionCookie(HttpRequest<?> request) {
    return cookieValue(request, SESSION_COOKIE).isPresent();
  }

  /** The device cookie the browser presented, when it is well-formed. */
  public Optional<DeviceCookie> deviceCookie(HttpRequest<?> request) {
    return cookieValue(request, DEVICE_COOKIE).flatMap(DeviceCookie::parse);
  }

  /** The cookie that hands a sign-in's new device cookie to the browser, for as long as trusted. */
  public Optional<Cookie> deviceCookie(SignedIn signedIn, Duration lifetime) {
    return signedIn
        .device()
        .map(device -> cookie(DEVICE_COOKIE, device.reveal(), SameSite.Strict, lifetime));
  }

  /** The session token the browser presented, when it is well-formed. */
  public Optional<SessionToken> sessionToken(HttpRequest<?> request) {
    return cookieValue(request, SESSION_COOKIE).flatMap(SessionToken::parse);
  }
}
