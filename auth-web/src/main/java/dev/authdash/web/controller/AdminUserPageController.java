package dev.authdash.web.controller;

import dev.authdash.core.model.ClientInfo;
import dev.authdash.core.model.SessionHandle;
import dev.authdash.core.port.in.RevokeSessionCommand;
import dev.authdash.core.port.in.RevokeSessionsUseCase;
import dev.authdash.web.security.ClientAddresses;
import dev.authdash.web.security.CsrfTokens;
import dev.authdash.web.view.Flash;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;

/**
 * One user's page in the admin panel, and the act only that page has: ending one of their sessions.
 * The acts it shares with the panel are {@link AdminUserActsController}'s. ADMIN only.
 */
@Controller(value = "/admin/users", produces = MediaType.TEXT_HTML)
@Secured("ADMIN")
final class AdminUserPageController {
  private final AdminUserPage userPage;
  private final RevokeSessionsUseCase revokeSessions;
  private final Flash flash;
  private final ClientAddresses clients;
  private final CsrfTokens csrf;

  AdminUserPageController(
      AdminUserPage userPage,
      RevokeSessionsUseCase revokeSessions,
      Flash flash,
      ClientAddresses clients,
      CsrfTokens csrf) {
    this.userPage = userPage;
    this.revokeSessions = revokeSessions;
    this.flash = flash;
    this.clients = clients;
    this.csrf = csrf;
  }

  /**
   * One user: details, live sessions with revoke buttons, recent audit events, the panel's acts.
   */
  @Get(uri = "/{username}", produces = MediaType.TEXT_HTML)
  HttpResponse<?> user(HttpRequest<?> request, @PathVariable String username) {
    return userPage.show(request, username);
  }

  /** Ends one session of the user, from the user's page. */
  @Post(
      uri = "/{username}/sessions/{handle}/revoke",
      consumes = MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<?> revokeSession(
      HttpRequest<?> request,
      @PathVariable String username,
      @PathVariable String handle,
      @Nullable String csrfToken) {
    csrf.require(request, csrfToken);
    ClientInfo client = clients.client(request);
    return AdminActs.run(
        flash,
        PanelReturn.userPage(username),
        () -> {
          revokeSessions.revokeSession(
              new RevokeSessionCommand(
                  Forms.actor(request), username, new SessionHandle(handle), client));
          return "Signed out one session of " + username + ".";
        });
  }
}
