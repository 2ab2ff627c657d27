package dev.authdash.web.view;

import dev.authdash.core.model.SessionEndReason;
import dev.authdash.core.model.SessionResolution;
import dev.authdash.web.config.WebSettings;
import dev.authdash.web.passkey.PasskeyRelyingParty;
import dev.authdash.web.security.CsrfTokens;
import dev.authdash.web.security.RequestState;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.views.thymeleaf.ThymeleafViewsRenderer;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Renders every HTML page in the layout with what the layout needs: the signed-in user, the flash
 * messages, the CSRF token, the current page for the navigation. Pages are never cached.
 */
@Singleton
public final class Pages {
  public static final String SESSION_EXPIRED = "Your session has expired. Please log in again.";

  /**
   * What the browser that deleted the account, and every other one it was signed in on, is told.
   */
  public static final String ACCOUNT_DELETED = "Your account was deleted.";

  /** What the sign-in page tells a browser whose session someone ended. */
  public static Flash.Message ended(SessionEndReason reason) {
    return Flash.Message.info(
        switch (reason) {
          case SIGNED_OUT_ELSEWHERE -> "You were signed out from another device.";
          case PASSWORD_CHANGED -> "Your password was changed; please sign in again.";
          case SIGNED_OUT_BY_ADMIN -> "An administrator signed you out; please sign in again.";
          case ACCOUNT_DELETED -> ACCOUNT_DELETED;
        });
  }

  private static final MediaType HTML = MediaType.of("text/html;charset=utf-8");

  private final ThymeleafViewsRenderer<Map<String, Object>> renderer;
  private final CsrfTokens csrf;
  private final Flash flash;
  private final WebSettings settings;
  private final ErrorResponseProcessor<?> errorResponses;
  private final long warningSeconds;
  private final boolean passkeysOn;

  Pages(
      ThymeleafViewsRenderer<Map<String, Object>> renderer,
      CsrfTokens csrf,
      Flash flash,
      WebSettings settings,
      ErrorResponseProcessor<?> errorResponses,
      PasskeyRelyingParty relyingParty,
      @Value("${auth.session.warning-before}") Duration warningBefore) {
    if (warningBefore.isNegative() || warningBefore.isZero()) {
      throw new IllegalArgumentException("auth.session.warning-before must be positive");
    }
    this.warningSeconds = warningBefore.toSeconds();
    this.renderer = renderer;
    this.csrf = csrf;
    this.flash = flash;
    this.settings = settings;
    this.errorResponses = errorResponses;
    this.passkeysOn = relyingParty.enabled();
  }

  public MutableHttpResponse<?> page(HttpRequest<?> request, String view, Map<String, ?> model) {
    return render(request, HttpStatus.OK, view, model);
  }

  /** An error page in the layout: no details beyond the given message, never a stack trace. */
  public MutableHttpResponse<?> error(
      HttpRequest<?> request, HttpStatus status, String title, String message) {
    if (wantsJson(request)) {
      return errorResponses.processResponse(
          ErrorContext.builder(request).errorMessage(message).build(), HttpResponse.status(status));
    }
    Map<String, Object> model = new HashMap<>();
    model.put("errorStatus", status.getCode());
    model.put("errorTitle", title);
    model.put("errorMessage", message);
    return render(request, status, "error", model);
  }

  /** A client that asks for JSON and not for HTML (scripts, API tools) gets Micronaut's shape. */
  private static boolean wantsJson(HttpRequest<?> request) {
    Collection<MediaType> accepted = request.accept();
    return accepted.stream().anyMatch(t -> "json".equals(t.getExtension()))
        && accepted.stream().noneMatch(t -> "html".equals(t.getExtension()));
  }

  private MutableHttpResponse<?> render(
      HttpRequest<?> request, HttpStatus status, String view, Map<String, ?> model) {
    MutableHttpResponse<Object> response = HttpResponse.status(status);
    Map<String, Object> data = new HashMap<>(model);
    Optional<SessionResolution.Active> active = RequestState.active(request);
    data.put("me", active.map(a -> UserView.of(a.user(), 0, a.user())).orElse(null));
    data.putIfAbsent("nav", view);
    List<Flash.Message> messages = new ArrayList<>();
    // A refused form comes back as sent: its error next to the field, its plain fields kept.
    data.putIfAbsent("errorField", "");
    data.putIfAbsent("fieldError", "");
    data.putIfAbsent("kept", Map.of());
    if (flash.present(request)) {
      flash
          .read(request)
          .ifPresent(
              message -> {
                data.put("kept", message.kept());
                if (message.aboutAField()) {
                  data.put("errorField", message.field());
                  data.put("fieldError", message.text());
                } else {
                  messages.add(message);
                }
              });
      response.cookie(settings.expiredCookie(WebSettings.FLASH_COOKIE));
    }
    // The expiry modal sends the browser to /?expired=1: the session may be gone from the store
    // by then, so the page cannot always tell by itself that it expired.
    boolean expiredLink =
        active.isEmpty() && "1".equals(request.getParameters().get("expired", String.class, ""));
    Optional<SessionEndReason> why = RequestState.endReason(request);
    why.ifPresent(reason -> messages.add(ended(reason)));
    if (why.isEmpty() && (RequestState.isExpired(request) || expiredLink)) {
      messages.add(Flash.Message.warning(SESSION_EXPIRED));
    }
    if (RequestState.isExpired(request) || RequestState.isMissing(request)) {
      response.cookie(settings.expiredCookie(WebSettings.SESSION_COOKIE));
    }
    data.put("messages", messages);
    data.put("sessionWarningSeconds", warningSeconds);
    data.put("passkeysOn", passkeysOn);
    data.put("csrfToken", csrf.tokenFor(request, response));
    response.header(HttpHeaders.CACHE_CONTROL, "no-store");
    response.contentType(HTML);
    response.body(renderer.render(view, data, request));
    return response;
  }
}
