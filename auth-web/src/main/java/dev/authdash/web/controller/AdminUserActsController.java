package dev.authdash.web.controller;

import dev.authdash.core.config.AuthConfig;
import dev.authdash.core.error.AuthException;
import dev.authdash.core.model.ClientInfo;
import dev.authdash.core.model.ResetLink;
import dev.authdash.core.model.Role;
import dev.authdash.core.model.User;
import dev.authdash.core.port.in.ActOnUserCommand;
import dev.authdash.core.port.in.ChangeRoleCommand;
import dev.authdash.core.port.in.ChangeRoleUseCase;
import dev.authdash.core.port.in.DeleteUserUseCase;
import dev.authdash.core.port.in.IssueResetLinkUseCase;
import dev.authdash.core.port.in.RevokeSessionsUseCase;
import dev.authdash.web.security.ClientAddresses;
import dev.authdash.web.security.CsrfTokens;
import dev.authdash.web.view.Flash;
import dev.authdash.web.view.Pages;
import dev.authdash.web.view.UserView;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import java.util.HashMap;
import java.util.Map;

/**
 * The acts on one user that the users panel and the user's page share: promote, demote, a reset
 * link, delete, sign out everywhere. Each goes back to the page its form was on ({@link
 * PanelReturn}). ADMIN only (403 for others).
 */
@Controller(value = "/admin/users", produces = MediaType.TEXT_HTML)
@Secured("ADMIN")
final class AdminUserActsController {
  private final ChangeRoleUseCase changeRoleUseCase;
  private final DeleteUserUseCase deleteUserUseCase;
  private final RevokeSessionsUseCase revokeSessions;
  private final IssueResetLinkUseCase issueResetLinkUseCase;
  private final AuthConfig config;
  private final Pages pages;
  private final Flash flash;
  private final ClientAddresses clients;
  private final CsrfTokens csrf;
  private final PublicLinks links;

  AdminUserActsController(
      ChangeRoleUseCase changeRoleUseCase,
      DeleteUserUseCase deleteUserUseCase,
      RevokeSessionsUseCase revokeSessions,
      IssueResetLinkUseCase issueResetLinkUseCase,
      AuthConfig config,
      Pages pages,
      Flash flash,
      ClientAddresses clients,
      CsrfTokens csrf,
      PublicLinks links) {
    this.changeRoleUseCase = changeRoleUseCase;
    this.deleteUserUseCase = deleteUserUseCase;
    this.revokeSessions = revokeSessions;
    this.issueResetLinkUseCase = issueResetLinkUseCase;
    this.config = config;
    this.pages = pages;
    this.flash = flash;
    this.clients = clients;
    this.csrf = csrf;
    this.links = links;
  }

  @Post(uri = "/{username}/promote", consumes = MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<?> promote(
      HttpRequest<?> request,
      @PathVariable String username,
      @Nullable String q,
      @Nullable String role,
      @Nullable String page,
      @Nullable String from,
      @Nullable String csrfToken) {
    PanelReturn back = checkedReturn(request, csrfToken, q, role, page, from);
    return changeRole(request, username, Role.ADMIN, back.back(username));
  }

  @Post(uri = "/{username}/demote", consumes = MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<?> demote(
      HttpRequest<?> request,
      @PathVariable String username,
      @Nullable String q,
      @Nullable String role,
      @Nullable String page,
      @Nullable String from,
      @Nullable String csrfToken) {
    PanelReturn back = checkedReturn(request, csrfToken, q, role, page, from);
    return changeRole(request, username, Role.USER, back.back(username));
  }

  @Post(uri = "/{username}/reset-link", consumes = MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<?> resetLink(
      HttpRequest<?> request,
      @PathVariable String username,
      @Nullable String q,
      @Nullable String role,
      @Nullable String page,
      @Nullable String from,
      @Nullable String csrfToken) {
    PanelReturn back = checkedReturn(request, csrfToken, q, role, page, from);
    return resetLink(request, username, back.back(username));
  }

  /** Deletes the user; goes back to the panel, even from the user's page (it is gone). */
  @Post(uri = "/{username}/delete", consumes = MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<?> delete(
      HttpRequest<?> request,
      @PathVariable String username,
      @Nullable String q,
      @Nullable String role,
      @Nullable String page,
      @Nullable String from,
      @Nullable String csrfToken) {
    PanelReturn back = checkedReturn(request, csrfToken, q, role, page, from);
    return AdminActs.run(
        flash,
        back.panel(),
        () -> {
          deleteUserUseCase.deleteUser(onUser(request, username));
          return "User " + username + " deleted; their sessions have ended.";
        });
  }

  /** Signs the user out everywhere. */
  @Post(uri = "/{username}/logout", consumes = MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<?> logout(
      HttpRequest<?> request,
      @PathVariable String username,
      @Nullable String q,
      @Nullable String role,
      @Nullable String page,
      @Nullable String from,
      @Nullable String csrfToken) {
    PanelReturn back = checkedReturn(request, csrfToken, q, role, page, from);
    return AdminActs.run(
        flash,
        back.back(username),
        () -> {
          int ended = revokeSessions.revokeAllSessions(onUser(request, username));
          return "Signed "
              + username
              + " out everywhere ("
              + Forms.plural(ended, "session")
              + " ended).";
        });
  }

  /**
   * Any other act: the 404 page that says so, after the CSRF check every act has. Without this
   * route an unknown act would be an unmatched route: the general 404 page for anyone, signed in or
   * not ({@code reject-not-found} is false), where every other POST here sends a visitor to sign in
   * and a user to the 403 page. The literal routes above win over this one.
   */
  @Post(uri = "/{username}/{action}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<?> unknownAct(HttpRequest<?> request, @Nullable String csrfToken) {
    csrf.require(request, csrfToken);
    throw new NoSuchPageException("No such action.");
  }

  /**
   * The one place the fields every per-user act's form sends besides the act are read: the CSRF
   * token, checked first (nothing is done without it), and where to go back to.
   */
  private PanelReturn checkedReturn(
      HttpRequest<?> request,
      @Nullable String csrfToken,
      @Nullable String q,
      @Nullable String role,
      @Nullable String page,
      @Nullable String from) {
    csrf.require(request, csrfToken);
    return PanelReturn.of(q, role, page, from);
  }

  /** The signed-in admin acting on the user of the route, from this request's client. */
  private ActOnUserCommand onUser(HttpRequest<?> request, String username) {
    return new ActOnUserCommand(Forms.actor(request), username, clients.client(request));
  }

  /**
   * Issues a single-use reset link and shows it once, on this response only (a POST answer that is
   * never cached); the admin passes it on. Reloading issues a new link, which voids this one.
   */
  private HttpResponse<?> resetLink(HttpRequest<?> request, String username, String back) {
    ResetLink link;
    try {
      link = issueResetLinkUseCase.issueResetLink(onUser(request, username));
    } catch (AuthException e) {
      Forms.rethrowIfNotAFormError(e);
      return flash.redirect(back, Flash.Message.danger(e.getMessage()));
    }
    Map<String, Object> model = new HashMap<>();
    model.put("username", link.username().value());
    model.put("link", links.resetLink(request, link.token()));
    model.put("expiresAt", UserView.format(link.expiresAt()));
    model.put("validMinutes", config.resetLinkValidity().toMinutes());
    model.put("back", back);
    model.put("nav", "admin_panel");
    return pages.page(request, "reset_link", model);
  }

  private HttpResponse<?> changeRole(
      HttpRequest<?> request, String username, Role newRole, String back) {
    ClientInfo client = clients.client(request);
    return AdminActs.run(
        flash,
        back,
        () -> {
          User changed =
              changeRoleUseCase.changeRole(
                  new ChangeRoleCommand(Forms.actor(request), username, newRole, client));
          return changed.username().value() + " is now " + changed.role() + ".";
        });
  }
}
