package dev.authdash.web.controller;

import dev.authdash.core.error.AuthException;
import dev.authdash.core.port.in.ActOnUserCommand;
import dev.authdash.core.port.in.ResetSecondFactorUseCase;
import dev.authdash.web.security.ClientAddresses;
import dev.authdash.web.security.CsrfTokens;
import dev.authdash.web.view.Flash;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.uri.UriBuilder;
import io.micronaut.security.annotation.Secured;

/**
 * An admin resets someone's two-factor sign-in (they lost their app and their recovery codes). The
 * page asks for confirmation first; nobody but the owner resets the owner's.
 */
@Controller(value = "/admin/users", produces = MediaType.TEXT_HTML)
@Secured("ADMIN")
final class AdminTwoFactorController {
  private final ResetSecondFactorUseCase resetSecondFactor;
  private final Flash flash;
  private final ClientAddresses clients;
  private final CsrfTokens csrf;

  AdminTwoFactorController(
      ResetSecondFactorUseCase resetSecondFactor,
      Flash flash,
      ClientAddresses clients,
      CsrfTokens csrf) {
    this.resetSecondFactor = resetSecondFactor;
    this.flash = flash;
    this.clients = clients;
    this.csrf = csrf;
  }

  @Post(uri = "/{username}/2fa/reset", consumes = MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<?> reset(
      HttpRequest<?> request, @PathVariable String username, @Nullable String csrfToken) {
    csrf.require(request, csrfToken);
    String back = UriBuilder.of("/admin/users").path(username).toString();
    try {
      boolean removed =
          resetSecondFactor.reset(
              new ActOnUserCommand(Forms.actor(request), username, clients.client(request)));
      return flash.redirect(
          back,
          removed
              ? Flash.Message.success(
                  "Two-factor sign-in of "
                      + username
                      + " is reset: their password alone signs"
                      + " them in until they enrol again.")
              : Flash.Message.info(username + " had no two-factor sign-in."));
    } catch (AuthException e) {
      Forms.rethrowIfNotAFormError(e);
      return flash.redirect("/admin/users", Flash.Message.danger(e.getMessage()));
    }
  }
}
