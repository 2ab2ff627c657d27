package dev.authdash.web.controller;

import dev.authdash.core.config.AuthConfig;
import dev.authdash.core.error.AuthException;
import dev.authdash.core.error.LoginThrottledException;
import dev.authdash.core.error.SecondFactorRequiredException;
import dev.authdash.core.error.SignInExpiredException;
import dev.authdash.core.model.PendingSignIn;
import dev.authdash.core.model.SignedIn;
import dev.authdash.core.port.in.CompleteSignInCommand;
import dev.authdash.core.port.in.CompleteSignInUseCase;
import dev.authdash.core.port.in.SecondFactorProof;
import dev.authdash.web.config.WebSettings;
import dev.authdash.web.security.ClientAddresses;
import dev.authdash.web.security.CsrfTokens;
import dev.authdash.web.security.NextCookie;
import dev.authdash.web.security.RequestState;
import dev.authdash.web.view.Flash;
import dev.authdash.web.view.Pages;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * The second step of a sign-in ({@code /login/2fa}). The first step left a short-lived pending
 * sign-in cookie, which no other page reads: it opens nothing until a code (TOTP or recovery)
 * completes the sign-in, which issues a brand-new session cookie.
 */
@Controller(value = "/login/2fa", produces = MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_ANONYMOUS)
final class SecondStepController {
  static final String PATH = "/login/2fa";
  private static final String DASHBOARD = "/dashboard";
  private static final Duration PENDING_LIFETIME = Duration.ofMinutes(5);

  private final CompleteSignInUseCase completeSignIn;
  private final AuthConfig authConfig;
  private final Pages pages;
  private final Flash flash;
  private final WebSettings settings;
  private final ClientAddresses clients;
  private final CsrfTokens csrf;

  SecondStepController(
      CompleteSignInUseCase completeSignIn,
      AuthConfig authConfig,
      Pages pages,
      Flash flash,
      WebSettings settings,
      ClientAddresses clients,
      CsrfTokens csrf) {
    this.completeSignIn = completeSignIn;
    this.authConfig = authConfig;
    this.pages = pages;
    this.flash = flash;
    this.settings = settings;
    this.clients = clients;
    this.csrf = csrf;
  }

  /** The answer to a right password on an account with a second factor: on to the code page. */
  static MutableHttpResponse<?> askForCode(
      WebSettings settings, SecondFactorRequiredException e, Optional<String> target) {
    MutableHttpResponse<?> response = HttpResponse.seeOther(URI.create(PATH));
    response.cookie(
        settings.cookie(
            WebSettings.PENDING_SIGN_IN_COOKIE,
            e.revealPendingSignIn(),
            SameSite.Strict,
            PENDING_LIFETIME));
    target.ifPresent(
        path ->
            response.cookie(
                settings.cookie(
                    WebSettings.NEXT_COOKIE,
                    NextCookie.encode(path),
                    SameSite.Lax,
                    PENDING_LIFETIME)));
    return response;
  }

  @Get
  HttpResponse<?> codePage(HttpRequest<?> request) {
    if (RequestState.active(request).isPresent()) {
      return HttpResponse.seeOther(URI.create(DASHBOARD));
    }
    if (pending(request).isEmpty()) {
      return flash.redirect("/", Flash.Message.warning(SignInExpiredException.MESSAGE));
    }
    return pages.page(request, "login_2fa", Map.of("nav", "login"));
  }

  @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<?> submitCode(
      HttpRequest<?> request, @Nullable String code, @Nullable String csrfToken) {
    csrf.require(request, csrfToken);
    Optional<PendingSignIn> pending = pending(request);
    if (pending.isEmpty()) {
      return flash.redirect("/", Flash.Message.warning(SignInExpiredException.MESSAGE));
    }
    try {
      SignedIn signedIn =
          completeSignIn.complete(
              new CompleteSignInCommand(
                  pending.get(),
                  SecondFactorProof.parse(code),
                  clients.client(request),
                  settings.sessionToken(request),
                  settings.deviceCookie(request)));
      return signedIn(settings, authConfig, request, signedIn);
    } catch (SignInExpiredException e) {
      return flash
          .redirect("/", Flash.Message.warning(e.getMessage()))
          .cookie(settings.expiredCookie(WebSettings.PENDING_SIGN_IN_COOKIE));
    } catch (LoginThrottledException e) {
      return flash
          .redirect(PATH, Flash.Message.danger(e.getMessage()))
          .header("Retry-After", Long.toString(Math.max(1, e.retryAfter().toSeconds())));
    } catch (AuthException e) {
      Forms.rethrowIfNotAFormError(e);
      return flash.redirect(PATH, Flash.Message.danger(e.getMessage()));
    }
  }

  /**
   * The answer to a completed sign-in: on to the page first asked for (else the dashboard) with the
   * new session cookie; the pending sign-in and the saved page are cleared.
   */
  static MutableHttpResponse<?> signedIn(
      WebSettings settings, AuthConfig config, HttpRequest<?> request, SignedIn signedIn) {
    String target =
        settings
            .cookieValue(request, WebSettings.NEXT_COOKIE)
            .flatMap(NextCookie::decode)
            .orElse(DASHBOARD);
    MutableHttpResponse<?> response = HttpResponse.seeOther(URI.create(target));
    response.cookie(
        settings.cookie(
            WebSettings.SESSION_COOKIE,
            signedIn.token().reveal(),
            SameSite.Lax,
            config.sessionAbsoluteTimeout()));
    settings.deviceCookie(signedIn, config.deviceCookieLifetime()).ifPresent(response::cookie);
    response.cookie(settings.expiredCookie(WebSettings.PENDING_SIGN_IN_COOKIE));
    response.cookie(settings.expiredCookie(WebSettings.NEXT_COOKIE));
    return response;
  }

  private Optional<PendingSignIn> pending(HttpRequest<?> request) {
    return settings
        .cookieValue(request, WebSettings.PENDING_SIGN_IN_COOKIE)
        .flatMap(PendingSignIn::parse);
  }
}
