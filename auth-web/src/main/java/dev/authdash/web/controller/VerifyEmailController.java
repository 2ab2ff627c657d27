package dev.authdash.web.controller;

import dev.authdash.core.error.AuthException;
import dev.authdash.core.port.in.ChangeEmailUseCase;
import dev.authdash.core.port.in.VerifyEmailCommand;
import dev.authdash.web.security.ClientAddresses;
import dev.authdash.web.security.RequestState;
import dev.authdash.web.view.Flash;
import dev.authdash.web.view.Pages;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

/**
 * The link mailed to a new address ({@code GET /verify-email?token=…}): single-use, 24 hours. It
 * proves the address and answers 303 to the profile (signed in) or the sign-in page, with a
 * message; a dead link gets a 410 page. The answer sends no Referer onwards.
 */
@Controller(value = "/verify-email", produces = MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_ANONYMOUS)
final class VerifyEmailController {
  private final ChangeEmailUseCase changeEmail;
  private final Pages pages;
  private final Flash flash;
  private final ClientAddresses clients;

  VerifyEmailController(
      ChangeEmailUseCase changeEmail, Pages pages, Flash flash, ClientAddresses clients) {
    this.changeEmail = changeEmail;
    this.pages = pages;
    this.flash = flash;
    this.clients = clients;
  }

  @Get
  HttpResponse<?> verify(HttpRequest<?> request, @Nullable @QueryValue String token) {
    try {
      changeEmail.verifyEmail(
          new VerifyEmailCommand(Forms.orEmpty(token), clients.client(request)));
    } catch (AuthException e) {
      Forms.rethrowIfNotAFormError(e);
      return pages
          .error(request, HttpStatus.GONE, "Link not valid", e.getMessage())
          .header("Referrer-Policy", ResetPasswordController.NO_REFERRER);
    }
    String next = RequestState.active(request).isPresent() ? "/profile" : "/";
    return flash
        .redirect(next, Flash.Message.success("Your email address is confirmed."))
        .header("Referrer-Policy", ResetPasswordController.NO_REFERRER);
  }
}
