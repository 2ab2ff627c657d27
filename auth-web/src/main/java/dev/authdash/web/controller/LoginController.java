package dev.authdash.web.controller;

import dev.authdash.core.config.AuthConfig;
import dev.authdash.core.error.AuthException;
import dev.authdash.core.error.InvalidCredentialsException;
import dev.authdash.core.error.LoginThrottledException;
import dev.authdash.core.error.RateLimitedException;
import dev.authdash.core.error.SecondFactorRequiredException;
import dev.authdash.core.model.ClientInfo;
import dev.authdash.core.model.Password;
import dev.authdash.core.model.SessionToken;
import dev.authdash.core.model.SignedIn;
import dev.authdash.core.port.in.LoginCommand;
import dev.authdash.core.port.in.LoginUseCase;
import dev.authdash.core.port.in.LogoutUseCase;
import dev.authdash.core.port.in.RegisterUserCommand;
import dev.authdash.core.port.in.RegisterUserUseCase;
import dev.authdash.core.port.in.RequestPasswordResetUseCase;
import dev.authdash.core.port.in.SessionCommand;
import dev.authdash.web.config.WebSettings;
import dev.authdash.web.security.ClientAddresses;
import dev.authdash.web.security.CsrfTokens;
import dev.authdash.web.security.NextCookie;
import dev.authdash.web.security.RequestState;
import dev.authdash.web.security.SafeRedirect;
import dev.authdash.web.view.Flash;
import dev.authdash.web.view.Pages;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/** Sign-in, registration and sign-out. */
@Controller(produces = MediaType.TEXT_HTML)
final class LoginController {
  private static final String DASHBOARD = "/dashboard";

  private final RequestPasswordResetUseCase requestPasswordReset;
  private final LoginUseCase loginUseCase;
  private final AuthConfig authConfig;
  private final RegisterUserUseCase registerUseCase;
  private final LogoutUseCase logoutUseCase;
  private final Pages pages;
  private final Flash flash;
  private final WebSettings settings;
  private final ClientAddresses clients;
  private final CsrfTokens csrf;

  LoginController(
      RequestPasswordResetUseCase requestPasswordReset,
      LoginUseCase loginUseCase,
      AuthConfig authConfig,
      RegisterUserUseCase registerUseCase,
      LogoutUseCase logoutUseCase,
      Pages pages,
      Flash flash,
      WebSettings settings,
      ClientAddresses clients,
      CsrfTokens csrf) {
    this.requestPasswordReset = requestPasswordReset;
    this.loginUseCase = loginUseCase;
    this.authConfig = authConfig;
    this.registerUseCase = registerUseCase;
    this.logoutUseCase = logoutUseCase;
    this.csrf = csrf;
    this.pages = pages;
    this.flash = flash;
    this.settings = settings;
    this.clients = clients;
  }

  @Get(produces = MediaType.TEXT_HTML)
  @Secured(SecurityRule.IS_ANONYMOUS)
  HttpResponse<?> loginPage(HttpRequest<?> request, @Nullable @QueryValue String next) {
    if (RequestState.active(request).isPresent()) {
      return HttpResponse.seeOther(URI.create(DASHBOARD));
    }
    return pages.page(
        request,
        "login",
        Map.of(
            "next",
            SafeRedirect.sameSitePath(next).orElse(""),
            "forgotPassword",
            requestPasswordReset.available()));
  }

  @Post(uri = "/login", consumes = MediaType.APPLICATION_FORM_URLENCODED)
  @Secured(SecurityRule.IS_ANONYMOUS)
  HttpResponse<?> login(
      HttpRequest<?> request,
      @Nullable String username,
      @Nullable String password,
      @Nullable String next,
      @Nullable String csrfToken) {
    csrf.require(request, csrfToken);
    Optional<String> fromForm = SafeRedirect.sameSitePath(next);
    Optional<String> target =
        fromForm.or(
            () ->
                settings.cookieValue(request, WebSettings.NEXT_COOKIE).flatMap(NextCookie::decode));
    try {
      SignedIn signedIn =
          loginUseCase.login(
              new LoginCommand(
                  Forms.orEmpty(username),
                  Password.of(password),
                  clients.client(request),
                  settings.sessionToken(request),
                  settings.deviceCookie(request)));
      MutableHttpResponse<?> response = HttpResponse.seeOther(URI.create(target.orElse(DASHBOARD)));
      response.cookie(sessionCookie(signedIn.token()));
      settings
          .deviceCookie(signedIn, authConfig.deviceCookieLifetime())
          .ifPresent(response::cookie);
      response.cookie(settings.expiredCookie(WebSettings.NEXT_COOKIE));
      return response;
    } catch (SecondFactorRequiredException e) {
      return SecondStepController.askForCode(settings, e, target);
    } catch (LoginThrottledException e) {
      return flash
          .redirect(back(fromForm), Flash.Message.danger(e.getMessage()).about("", kept(username)))
          .header("Retry-After", Long.toString(Math.max(1, e.retryAfter().toSeconds())));
    } catch (AuthException e) {
      Forms.rethrowIfNotAFormError(e);
      return flash.redirect(
          back(fromForm),
          Flash.Message.danger(InvalidCredentialsException.MESSAGE).about("", kept(username)));
    }
  }

  @Get(uri = "/register", produces = MediaType.TEXT_HTML)
  @Secured(SecurityRule.IS_ANONYMOUS)
  HttpResponse<?> registerPage(HttpRequest<?> request) {
    if (RequestState.active(request).isPresent()) {
      return HttpResponse.seeOther(URI.create(DASHBOARD));
    }
    return pages.page(
        request,
        "register",
        Map.of(
            "minLength",
            authConfig.passwordMinLength(),
            "maxLength",
            authConfig.passwordMaxLength()));
  }

  @Post(uri = "/register", consumes = MediaType.APPLICATION_FORM_URLENCODED)
  @Secured(SecurityRule.IS_ANONYMOUS)
  HttpResponse<?> register(
      HttpRequest<?> request,
      @Nullable String username,
      @Nullable String email,
      @Nullable String password,
      @Nullable String confirmPassword,
      @Nullable String csrfToken) {
    csrf.require(request, csrfToken);
    if (password == null || !password.equals(confirmPassword)) {
      return flash.redirect(
          "/register",
          Flash.Message.danger("The passwords do not match.")
              .about("confirmPassword", kept(username)));
    }
    ClientInfo client = clients.client(request);
    try {
      SignedIn signedIn =
          registerUseCase.register(
              new RegisterUserCommand(
                  Forms.orEmpty(username), Password.of(password), client, email));
      RequestState.token(request)
          .ifPresent(old -> logoutUseCase.logout(new SessionCommand(old, client)));
      MutableHttpResponse<?> response =
          flash.redirect(
              DASHBOARD,
              Flash.Message.success(
                  "Welcome, " + signedIn.user().username().value() + "! Your account is ready."));
      response.cookie(sessionCookie(signedIn.token()));
      return response;
    } catch (RateLimitedException e) {
      return pages
          .error(request, HttpStatus.TOO_MANY_REQUESTS, "Try again later", e.getMessage())
          .header("Retry-After", Long.toString(Math.max(1, e.retryAfter().toSeconds())));
    } catch (AuthException e) {
      Forms.rethrowIfNotAFormError(e);
      return flash.redirect(
          "/register",
          Flash.Message.danger(e.getMessage()).about(Forms.fieldOf(e), kept(username)));
    }
  }

  @Post(uri = "/logout", consumes = MediaType.APPLICATION_FORM_URLENCODED)
  @Secured(SecurityRule.IS_AUTHENTICATED)
  HttpResponse<?> logout(HttpRequest<?> request, @Nullable String csrfToken) {
    csrf.require(request, csrfToken);
    RequestState.token(request)
        .ifPresent(
            token -> logoutUseCase.logout(new SessionCommand(token, clients.client(request))));
    MutableHttpResponse<?> response =
        flash.redirect("/", Flash.Message.info("You have been logged out."));
    response.cookie(settings.expiredCookie(WebSettings.SESSION_COOKIE));
    return response;
  }

  private io.micronaut.http.cookie.Cookie sessionCookie(SessionToken token) {
    return settings.cookie(
        WebSettings.SESSION_COOKIE,
        token.reveal(),
        SameSite.Lax,
        authConfig.sessionAbsoluteTimeout());
  }

  /** What a refused form keeps: the username as typed, never a password. */
  private static Map<String, String> kept(String username) {
    return Map.of("username", Forms.orEmpty(username));
  }

  private static String back(Optional<String> target) {
    return target.map(t -> "/?next=" + URLEncoder.encode(t, StandardCharsets.UTF_8)).orElse("/");
  }
}
