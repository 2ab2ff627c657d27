package dev.authdash.web.controller;

import dev.authdash.core.AuthCore;
import dev.authdash.core.error.AuthException;
import dev.authdash.core.model.Password;
import dev.authdash.core.model.ResetToken;
import dev.authdash.core.model.Username;
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
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The page behind a reset link: choose a new password (with confirmation) under the policy. The
 * token travels in the link and then in a hidden field; the page sends no Referer, so the token
 * never leaves in a header. A weak choice can be corrected; the link dies on success.
 */
@Controller(value = "/reset-password", produces = MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_ANONYMOUS)
final class ResetPasswordController {
  static final String NO_REFERRER = "no-referrer";

  private final AuthCore core;
  private final Pages pages;
  private final Flash flash;
  private final ClientAddresses clients;
  private final CsrfTokens csrf;

  ResetPasswordController(
      AuthCore core, Pages pages, Flash flash, ClientAddresses clients, CsrfTokens csrf) {
    this.core = core;
    this.pages = pages;
    this.flash = flash;
    this.clients = clients;
    this.csrf = csrf;
  }

  @Get(produces = MediaType.TEXT_HTML)
  HttpResponse<?> form(HttpRequest<?> request, @Nullable @QueryValue String token) {
    Optional<ResetToken> parsed = ResetToken.parse(token);
    Optional<Username> user = parsed.flatMap(t -> core.resetPassword().checkResetLink(t));
    if (user.isEmpty()) {
      return invalid(request);
    }
    return form(request, HttpStatus.OK, parsed.get(), user.get(), null);
  }

  @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<?> reset(
      HttpRequest<?> request,
      @Nullable String token,
      @Nullable String newPassword,
      @Nullable String confirmPassword,
      @Nullable String csrfToken) {
    csrf.require(request, csrfToken);
    Optional<ResetToken> parsed = ResetToken.parse(token);
    Optional<Username> user = parsed.flatMap(t -> core.resetPassword().checkResetLink(t));
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
      core.resetPassword()
          .resetPassword(parsed.get(), Password.of(newPassword), clients.client(request));
    } catch (AuthException e) {
      Forms.rethrowIfNotAFormError(e);
      if (core.resetPassword().checkResetLink(parsed.get()).isEmpty()) {
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
        .header("Referrer-Policy", NO_REFERRER);
  }

  private MutableHttpResponse<?> form(
      HttpRequest<?> request, HttpStatus status, ResetToken token, Username user, String error) {
    Map<String, Object> model = new HashMap<>();
    model.put("token", token.reveal());
    model.put("username", user.value());
    model.put("formError", error == null ? "" : error);
    model.put("minLength", core.config().passwordMinLength());
    model.put("maxLength", core.config().passwordMaxLength());
    MutableHttpResponse<?> response = pages.page(request, "reset_password", model);
    return response.status(status).header("Referrer-Policy", NO_REFERRER);
  }

  private MutableHttpResponse<?> invalid(HttpRequest<?> request) {
    return pages
        .error(
            request,
            HttpStatus.GONE,
            "Link not valid",
            "This reset link is invalid, has already been used, or has expired."
                + " Ask an admin for a new one.")
        .header("Referrer-Policy", NO_REFERRER);
  }
}
