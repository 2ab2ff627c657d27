package dev.authdash.web.controller;

import dev.authdash.core.config.AuthConfig;
import dev.authdash.core.error.AuthException;
import dev.authdash.core.model.Password;
import dev.authdash.core.model.ResetToken;
import dev.authdash.core.model.Username;
import dev.authdash.core.port.in.RequestPasswordResetUseCase;
import dev.authdash.core.port.in.ResetPasswordCommand;
import dev.authdash.core.port.in.ResetPasswordUseCase;
import dev.authdash.web.config.WebSettings;
import dev.authdash.web.security.ClientAddresses;
import dev.authdash.web.security.CsrfTokens;
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
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The page behind a reset link: choose a new password (with confirmation) under the policy. A weak
 * choice can be corrected; the link dies on success.
 *
 * <p>Where the token travels: the link's first GET moves it into a short-lived HttpOnly cookie and
 * answers 303 to {@code /reset-password} without it, so the token is in no address the browser
 * keeps (history, Referer). That first response alone sends {@code Referrer-Policy: no-referrer}.
 * The form page itself keeps the app's {@code same-origin} policy: under {@code no-referrer}
 * Chromium posts the form with {@code Origin: null}, which Micronaut's drive-by-localhost check
 * (CorsFilter) answers with an empty 403 before any controller runs when the app is reached as
 * localhost. The CSRF token of the form stays the protection of the POST; the reset token is then
 * in the form body.
 */
@Controller(value = "/reset-password", produces = MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_ANONYMOUS)
final class ResetPasswordController {
  static final String NO_REFERRER = "no-referrer";
  static final String PATH = "/reset-password";

  private final ResetPasswordUseCase resetPasswordUseCase;
  private final AuthConfig authConfig;
  private final RequestPasswordResetUseCase requestPasswordReset;
  private final Pages pages;
  private final Flash flash;
  private final ClientAddresses clients;
  private final CsrfTokens csrf;
  private final WebSettings settings;

  ResetPasswordController(
      ResetPasswordUseCase resetPasswordUseCase,
      AuthConfig authConfig,
      RequestPasswordResetUseCase requestPasswordReset,
      Pages pages,
      Flash flash,
      ClientAddresses clients,
      CsrfTokens csrf,
      WebSettings settings) {
    this.settings = settings;
    this.resetPasswordUseCase = resetPasswordUseCase;
    this.authConfig = authConfig;
    this.requestPasswordReset = requestPasswordReset;
    this.pages = pages;
    this.flash = flash;
    this.clients = clients;
    this.csrf = csrf;
  }

  /**
   * The link itself ({@code ?token=}): a valid token goes into the cookie and the browser on to the
   * form without it; without a token in the address, the form for the token in the cookie.
   */
  @Get(produces = MediaType.TEXT_HTML)
  HttpResponse<?> form(HttpRequest<?> request, @Nullable @QueryValue String token) {
    if (token != null) {
      return followLink(request, token);
    }
    Optional<ResetToken> parsed =
        settings.cookieValue(request, WebSettings.RESET_COOKIE).flatMap(ResetToken::parse);
    Optional<Username> user = parsed.flatMap(t -> resetPasswordUseCase.checkResetLink(t));
    if (user.isEmpty()) {
      return invalid(request);
    }
    return form(request, HttpStatus.OK, parsed.get(), user.get(), null);
  }

  private MutableHttpResponse<?> followLink(HttpRequest<?> request, String token) {
    Optional<ResetToken> parsed = ResetToken.parse(token);
    if (parsed.flatMap(t -> resetPasswordUseCase.checkResetLink(t)).isEmpty()) {
      return invalid(request).header("Referrer-Policy", NO_REFERRER);
    }
    // Lax, not Strict: the link is usually opened from another site (mail, chat), and a Strict
    // cookie set there would not come back with the redirect that follows.
    return HttpResponse.seeOther(URI.create(PATH))
        .cookie(
            settings.cookie(
                WebSettings.RESET_COOKIE,
                parsed.get().reveal(),
                SameSite.Lax,
                authConfig.resetLinkValidity()))
        .header("Referrer-Policy", NO_REFERRER);
  }

  @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<?> reset(
      HttpRequest<?> request,
      @Nullable String token,
      @Nullable String newPassword,
      @Nullable String confirmPassword,
      @Nullable String csrfToken) {
    csrf.require(request, csrfToken);
    Optional<ResetToken> parsed =
        ResetToken.parse(token)
            .or(
                () ->
                    settings
                        .cookieValue(request, WebSettings.RESET_COOKIE)
                        .flatMap(ResetToken::parse));
    Optional<Username> user = parsed.flatMap(t -> resetPasswordUseCase.checkResetLink(t));
    if (user.isEmpty()) {
      return invalid(request);
    }
    if (newPassword == null || !newPassword.equals(confirmPassword)) {
      return form(
          request,
          HttpStatus.BAD_REQUEST,
          parsed.get(),
          user.get(),
          "The new password and its confirmation do not match.");
    }
    try {
      resetPasswordUseCase.resetPassword(
          new ResetPasswordCommand(
              parsed.get(), Password.of(newPassword), clients.client(request)));
    } catch (AuthException e) {
      Forms.rethrowIfNotAFormError(e);
      if (resetPasswordUseCase.checkResetLink(parsed.get()).isEmpty()) {
        return invalid(request);
      }
      return form(request, HttpStatus.BAD_REQUEST, parsed.get(), user.get(), e.getMessage());
    }
    return flash
        .redirect(
            "/",
            Flash.Message.success(
                "Your password has been reset and every session signed out. Sign in with the"
                    + " new password."))
        .cookie(settings.expiredCookie(WebSettings.RESET_COOKIE));
  }

  private MutableHttpResponse<?> form(
      HttpRequest<?> request, HttpStatus status, ResetToken token, Username user, String error) {
    Map<String, Object> model = new HashMap<>();
    model.put("token", token.reveal());
    model.put("username", user.value());
    model.put("formError", error == null ? "" : error);
    model.put("minLength", authConfig.passwordMinLength());
    model.put("maxLength", authConfig.passwordMaxLength());
    return pages.page(request, "reset_password", model).status(status);
  }

  private MutableHttpResponse<?> invalid(HttpRequest<?> request) {
    return pages
        .error(
            request,
            HttpStatus.GONE,
            "Link not valid",
            "This reset link is invalid, has already been used, or has expired."
                + (requestPasswordReset.available()
                    ? " Ask for a new one with \"Forgot your password?\" on the sign-in page."
                    : " Ask an admin for a new one."))
        .cookie(settings.expiredCookie(WebSettings.RESET_COOKIE));
  }
}
