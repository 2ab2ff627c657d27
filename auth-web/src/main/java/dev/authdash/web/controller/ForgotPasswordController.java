package dev.authdash.web.controller;

import dev.authdash.core.config.AuthConfig;
import dev.authdash.core.port.in.RequestPasswordResetUseCase;
import dev.authdash.web.config.ResetRequests;
import dev.authdash.web.security.ClientAddresses;
import dev.authdash.web.security.CsrfTokens;
import dev.authdash.web.view.Flash;
import dev.authdash.web.view.Pages;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.net.URI;
import java.util.Map;

/**
 * "Forgot your password?": one field, {@code login} (a username or an email address). The answer is
 * always the same 303 to {@code /} with the same message, at once: the request is handled off this
 * thread ({@link ResetRequests}), so neither the answer nor its time says whether an account
 * matched. Without mail (no AUTH_PUBLIC_URL or no transport) the page does not exist.
 */
@Controller(value = "/forgot-password", produces = MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_ANONYMOUS)
final class ForgotPasswordController {
  static final String SENT =
      "If an account matches and has a verified email address, a link to choose a new password"
          + " is on its way there. It works once, for a limited time.";

  private final RequestPasswordResetUseCase requestPasswordReset;
  private final AuthConfig authConfig;
  private final ResetRequests requests;
  private final Pages pages;
  private final Flash flash;
  private final ClientAddresses clients;
  private final CsrfTokens csrf;

  ForgotPasswordController(
      RequestPasswordResetUseCase requestPasswordReset,
      AuthConfig authConfig,
      ResetRequests requests,
      Pages pages,
      Flash flash,
      ClientAddresses clients,
      CsrfTokens csrf) {
    this.requestPasswordReset = requestPasswordReset;
    this.authConfig = authConfig;
    this.requests = requests;
    this.pages = pages;
    this.flash = flash;
    this.clients = clients;
    this.csrf = csrf;
  }

  @Get
  HttpResponse<?> form(HttpRequest<?> request) {
    if (!requestPasswordReset.available()) {
      return notAvailable(request);
    }
    if (dev.authdash.web.security.RequestState.active(request).isPresent()) {
      return HttpResponse.seeOther(URI.create("/profile"));
    }
    return pages.page(
        request, "forgot_password", Map.of("minutes", authConfig.resetLinkValidity().toMinutes()));
  }

  @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<?> request(
      HttpRequest<?> request, @Nullable String login, @Nullable String csrfToken) {
    csrf.require(request, csrfToken);
    if (!requestPasswordReset.available()) {
      // Thrown, not returned: a 404 answer to a form POST is re-routed to the global 404 route,
      // which cannot read the body this route already read (it answered 500, OddRequestsIT).
      throw new NoSuchPageException(NOT_AVAILABLE_TITLE, NOT_AVAILABLE);
    }
    requests.submit(login == null ? "" : login, clients.client(request));
    return flash.redirect("/", Flash.Message.info(SENT));
  }

  private static final String NOT_AVAILABLE_TITLE = "Not available";
  private static final String NOT_AVAILABLE =
      "Password reset by email is not set up on this site. Ask an admin for a reset link.";

  private HttpResponse<?> notAvailable(HttpRequest<?> request) {
    return pages.error(request, HttpStatus.NOT_FOUND, NOT_AVAILABLE_TITLE, NOT_AVAILABLE);
  }
}
