package dev.authdash.web.controller;

import dev.authdash.core.model.SessionStatus;
import dev.authdash.core.port.in.ResolveSessionUseCase;
import dev.authdash.web.config.WebSettings;
import dev.authdash.web.security.CsrfTokens;
import dev.authdash.web.view.Flash;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import java.util.Optional;

/** The session's clock, for the "stay signed in" countdown. */
@Controller("/session")
final class SessionController {
  private final ResolveSessionUseCase resolveSession;
  private final WebSettings settings;
  private final Flash flash;
  private final CsrfTokens csrf;

  SessionController(
      ResolveSessionUseCase resolveSession, WebSettings settings, Flash flash, CsrfTokens csrf) {
    this.csrf = csrf;
    this.resolveSession = resolveSession;
    this.settings = settings;
    this.flash = flash;
  }

  /**
   * Seconds left before idle and absolute expiry. Reading it does not extend the session (the
   * authentication fetcher skips this path), so a polling tab cannot keep a session alive.
   */
  @Get(uri = "/status", produces = MediaType.APPLICATION_JSON)
  @Secured(SecurityRule.IS_ANONYMOUS)
  HttpResponse<StatusView> status(HttpRequest<?> request) {
    Optional<SessionStatus> status =
        settings.sessionToken(request).flatMap(token -> resolveSession.status(token));
    return status
        .map(s -> HttpResponse.ok(StatusView.of(s)))
        .orElseGet(
            () ->
                HttpResponse.<StatusView>status(HttpStatus.UNAUTHORIZED)
                    .body(StatusView.inactive()))
        .header(HttpHeaders.CACHE_CONTROL, "no-store");
  }

  /** Extends the session: resolving it for this request was the activity. */
  @Post(
      uri = "/keepalive",
      consumes = MediaType.APPLICATION_FORM_URLENCODED,
      produces = {MediaType.TEXT_HTML, MediaType.APPLICATION_JSON})
  @Secured(SecurityRule.IS_AUTHENTICATED)
  HttpResponse<?> keepalive(HttpRequest<?> request, @Nullable String csrfToken) {
    csrf.require(request, csrfToken);
    boolean wantsJson =
        request.getHeaders().accept().stream()
            .anyMatch(type -> type.matches(MediaType.APPLICATION_JSON_TYPE));
    if (wantsJson) {
      return settings
          .sessionToken(request)
          .flatMap(token -> resolveSession.status(token))
          .<HttpResponse<?>>map(
              s -> HttpResponse.ok(StatusView.of(s)).contentType(MediaType.APPLICATION_JSON_TYPE))
          .orElseGet(
              () ->
                  HttpResponse.status(HttpStatus.UNAUTHORIZED)
                      .contentType(MediaType.APPLICATION_JSON_TYPE)
                      .body(StatusView.inactive()));
    }
    return flash.redirect("/dashboard", Flash.Message.success("You are still signed in."));
  }

  /** JSON of {@code /session/status}. */
  @Serdeable
  record StatusView(boolean active, long idleSecondsLeft, long absoluteSecondsLeft) {
    static StatusView of(SessionStatus status) {
      return new StatusView(
          true,
          Math.max(0, status.idleRemaining().toSeconds()),
          Math.max(0, status.absoluteRemaining().toSeconds()));
    }

    static StatusView inactive() {
      return new StatusView(false, 0, 0);
    }
  }
}
