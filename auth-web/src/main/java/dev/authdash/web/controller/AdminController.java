package dev.authdash.web.controller;

import dev.authdash.core.config.AuthConfig;
import dev.authdash.core.error.AuthException;
import dev.authdash.core.error.UserNotFoundException;
import dev.authdash.core.export.ExportColumns;
import dev.authdash.core.export.ExportFormat;
import dev.authdash.core.export.ExportStream;
import dev.authdash.core.model.Actor;
import dev.authdash.core.model.AuditEvent;
import dev.authdash.core.model.AuditQuery;
import dev.authdash.core.model.ClientInfo;
import dev.authdash.core.model.Page;
import dev.authdash.core.model.PageRequest;
import dev.authdash.core.model.Password;
import dev.authdash.core.model.ResetLink;
import dev.authdash.core.model.Role;
import dev.authdash.core.model.SessionHandle;
import dev.authdash.core.model.User;
import dev.authdash.core.model.UserQuery;
import dev.authdash.core.port.in.ActOnUserCommand;
import dev.authdash.core.port.in.ChangeRoleCommand;
import dev.authdash.core.port.in.ChangeRoleUseCase;
import dev.authdash.core.port.in.CreateUserCommand;
import dev.authdash.core.port.in.CreateUserUseCase;
import dev.authdash.core.port.in.DeleteUserUseCase;
import dev.authdash.core.port.in.ExportUsersUseCase;
import dev.authdash.core.port.in.FindUserUseCase;
import dev.authdash.core.port.in.IssueResetLinkUseCase;
import dev.authdash.core.port.in.ListSessionsUseCase;
import dev.authdash.core.port.in.ListUsersUseCase;
import dev.authdash.core.port.in.PasskeysUseCase;
import dev.authdash.core.port.in.ReadAuditLogUseCase;
import dev.authdash.core.port.in.RevokeSessionCommand;
import dev.authdash.core.port.in.RevokeSessionsUseCase;
import dev.authdash.core.port.in.SecondFactorStatusUseCase;
import dev.authdash.web.security.ClientAddresses;
import dev.authdash.web.security.CsrfTokens;
import dev.authdash.web.view.AuditView;
import dev.authdash.web.view.Flash;
import dev.authdash.web.view.Pages;
import dev.authdash.web.view.PasskeyView;
import dev.authdash.web.view.SessionView;
import dev.authdash.web.view.UserView;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.uri.UriBuilder;
import io.micronaut.security.annotation.Secured;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** The admin panel: users, search, paging, and per-user acts. ADMIN only (403 for others). */
@Controller(value = "/admin/users", produces = MediaType.TEXT_HTML)
@Secured("ADMIN")
final class AdminController {
  static final int PAGE_SIZE = 20;
  static final int RECENT_EVENTS = 10;

  private final ListUsersUseCase listUsersUseCase;
  private final AuthConfig config;
  private final CreateUserUseCase createUserUseCase;
  private final DeleteUserUseCase deleteUserUseCase;
  private final RevokeSessionsUseCase revokeSessions;
  private final IssueResetLinkUseCase issueResetLinkUseCase;
  private final ExportUsersUseCase exportUsersUseCase;
  private final FindUserUseCase findUserUseCase;
  private final ListSessionsUseCase listSessionsUseCase;
  private final ReadAuditLogUseCase readAuditLogUseCase;
  private final SecondFactorStatusUseCase secondFactorStatus;
  private final PasskeysUseCase passkeysUseCase;
  private final ChangeRoleUseCase changeRoleUseCase;
  private final Pages pages;
  private final Flash flash;
  private final ClientAddresses clients;
  private final CsrfTokens csrf;
  private final PublicLinks links;
  private final Downloads downloads;
  private final Clock clock;

  AdminController(
      ListUsersUseCase listUsersUseCase,
      AuthConfig config,
      CreateUserUseCase createUserUseCase,
      DeleteUserUseCase deleteUserUseCase,
      RevokeSessionsUseCase revokeSessions,
      IssueResetLinkUseCase issueResetLinkUseCase,
      ExportUsersUseCase exportUsersUseCase,
      FindUserUseCase findUserUseCase,
      ListSessionsUseCase listSessionsUseCase,
      ReadAuditLogUseCase readAuditLogUseCase,
      SecondFactorStatusUseCase secondFactorStatus,
      PasskeysUseCase passkeysUseCase,
      ChangeRoleUseCase changeRoleUseCase,
      Pages pages,
      Flash flash,
      ClientAddresses clients,
      CsrfTokens csrf,
      PublicLinks links,
      Downloads downloads,
      Clock clock) {
    this.listUsersUseCase = listUsersUseCase;
    this.config = config;
    this.createUserUseCase = createUserUseCase;
    this.deleteUserUseCase = deleteUserUseCase;
    this.revokeSessions = revokeSessions;
    this.issueResetLinkUseCase = issueResetLinkUseCase;
    this.exportUsersUseCase = exportUsersUseCase;
    this.findUserUseCase = findUserUseCase;
    this.listSessionsUseCase = listSessionsUseCase;
    this.readAuditLogUseCase = readAuditLogUseCase;
    this.secondFactorStatus = secondFactorStatus;
    this.passkeysUseCase = passkeysUseCase;
    this.changeRoleUseCase = changeRoleUseCase;
    this.downloads = downloads;
    this.clock = clock;
    this.links = links;
    this.csrf = csrf;
    this.pages = pages;
    this.flash = flash;
    this.clients = clients;
  }

  @Get(produces = MediaType.TEXT_HTML)
  HttpResponse<?> panel(
      HttpRequest<?> request,
      @Nullable @QueryValue String q,
      @Nullable @QueryValue String role,
      @Nullable @QueryValue String page) {
    UserListing listing = UserListing.of(q, role, page);
    User viewer = Forms.signedIn(request).user();
    Page<UserView> users =
        listUsersUseCase
            .listUsers(Actor.of(viewer), listing.query(PAGE_SIZE))
            .map(row -> UserView.of(row.user(), row.activeSessions(), viewer));
    if (users.items().isEmpty() && listing.page() > 1 && users.total() > 0) {
      return HttpResponse.seeOther(URI.create(listing.withPage((int) users.totalPages()).uri()));
    }
    return pages.page(request, "admin_panel", panelModel(listing, users));
  }

  private Map<String, Object> panelModel(UserListing listing, Page<UserView> users) {
    Map<String, Object> model = new HashMap<>();
    model.put("users", users.items());
    model.put("total", users.total());
    model.put("pageNumber", listing.page());
    model.put("totalPages", users.totalPages());
    model.put("firstRow", users.total() == 0 ? 0 : (listing.page() - 1L) * PAGE_SIZE + 1);
    model.put("lastRow", (listing.page() - 1L) * PAGE_SIZE + users.items().size());
    model.put("previousUri", users.hasPrevious() ? listing.withPage(listing.page() - 1).uri() : "");
    model.put("nextUri", users.hasNext() ? listing.withPage(listing.page() + 1).uri() : "");
    model.put("q", listing.q());
    model.put("role", listing.role());
    model.put("exportCsvUri", listing.exportUri(ExportFormat.CSV));
    model.put("exportJsonUri", listing.exportUri(ExportFormat.JSON));
    model.put("roles", List.of(Role.values()));
    model.put("pageParam", Integer.toString(listing.page()));
    model.put("minLength", config.passwordMinLength());
    return model;
  }

  @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<?> create(
      HttpRequest<?> request,
      @Nullable String username,
      @Nullable String password,
      @Nullable String role,
      @Nullable String csrfToken) {
    csrf.require(request, csrfToken);
    User created;
    try {
      created =
          createUserUseCase.createUser(
              new CreateUserCommand(
                  Forms.actor(request),
                  Forms.orEmpty(username),
                  Password.of(password),
                  Role.parse(role),
                  clients.client(request)));
    } catch (AuthException e) {
      Forms.rethrowIfNotAFormError(e);
      // The form opens again as it was sent, the error next to its field; never the password.
      String field = Forms.fieldOf(e).isEmpty() ? "form" : Forms.fieldOf(e);
      return flash.redirect(
          UserListing.PANEL,
          Flash.Message.danger(e.getMessage())
              .about(
                  "new-" + field,
                  Map.of("username", Forms.orEmpty(username), "role", Forms.orEmpty(role))));
    }
    return flash.redirect(
        UserListing.PANEL,
        Flash.Message.success(
            "User " + created.username().value() + " created as " + created.role() + "."));
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
    return act(
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
    return act(
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

  /**
   * The users the panel's search and role match, all pages of them, as a CSV or JSON download
   * (audited {@code USERS_EXPORTED}). The literal route wins over {@code /{username}}; "export" is
   * a valid username, so without {@code format} this is that user's page, as for any other name.
   */
  @Get(
      uri = "/export",
      produces = {"text/csv", MediaType.APPLICATION_JSON, MediaType.TEXT_HTML})
  HttpResponse<?> export(
      HttpRequest<?> request,
      @Nullable @QueryValue String format,
      @Nullable @QueryValue String q,
      @Nullable @QueryValue String role) {
    if (format == null) {
      return user(request, "export");
    }
    UserQuery filter = UserListing.of(q, role, null).query(1);
    return downloads.export(
        request,
        format,
        "users",
        chosen ->
            ExportStream.of(
                chosen,
                ExportColumns.USERS,
                exportUsersUseCase.exportUsers(
                    Forms.actor(request), filter, chosen, clients.client(request))));
  }

  /**
   * One user: details, live sessions with revoke buttons, recent audit events, the panel's acts.
   */
  @Get(uri = "/{username}", produces = MediaType.TEXT_HTML)
  HttpResponse<?> user(HttpRequest<?> request, @PathVariable String username) {
    User user;
    try {
      user = findUserUseCase.findUser(Forms.actor(request), username);
    } catch (UserNotFoundException e) {
      return pages.error(request, HttpStatus.NOT_FOUND, ErrorPages.NOT_FOUND_TITLE, e.getMessage());
    }
    return pages.page(request, "admin_user", userModel(request, user));
  }

  private Map<String, Object> userModel(HttpRequest<?> request, User user) {
    User viewer = Forms.signedIn(request).user();
    Actor actor = Actor.of(viewer);
    String name = user.username().value();
    SessionHandle current = Forms.signedIn(request).session().handle();
    List<SessionView> sessions =
        listSessionsUseCase.listSessions(actor, name).stream()
            .map(s -> SessionView.of(s, current))
            .toList();
    Page<AuditEvent> events = recentEvents(actor, name);
    Map<String, Object> model = new HashMap<>();
    model.put("user", UserView.of(user, sessions.size(), viewer));
    model.put("sessions", sessions);
    Instant now = clock.instant();
    model.put("events", events.items().stream().map(e -> AuditView.of(e, now)).toList());
    model.put("eventTotal", events.total());
    model.put("auditUri", UriBuilder.of("/admin/audit").queryParam("user", name).toString());
    model.put("nav", "admin_panel");
    model.put("twoFactor", secondFactorStatus.status(actor, name));
    model.put("passkeys", passkeysUseCase.list(actor, name).stream().map(PasskeyView::of).toList());
    return model;
  }

  private Page<AuditEvent> recentEvents(Actor actor, String name) {
    return readAuditLogUseCase.readAuditLog(
        actor,
        new AuditQuery(
            Optional.of(name),
            Optional.empty(),
            Optional.empty(),
            PageRequest.first(RECENT_EVENTS)));
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
    return act(
        PanelReturn.userPage(username),
        () -> {
          revokeSessions.revokeSession(
              new RevokeSessionCommand(
                  Forms.actor(request), username, new SessionHandle(handle), client));
          return "Signed out one session of " + username + ".";
        });
  }

  private HttpResponse<?> changeRole(
      HttpRequest<?> request, String username, Role newRole, String back) {
    ClientInfo client = clients.client(request);
    return act(
        back,
        () -> {
          User changed =
              changeRoleUseCase.changeRole(
                  new ChangeRoleCommand(Forms.actor(request), username, newRole, client));
          return changed.username().value() + " is now " + changed.role() + ".";
        });
  }

  /** Runs an act and goes back (to the panel or the user's page) with its outcome as a message. */
  private HttpResponse<?> act(String back, Supplier<String> action) {
    try {
      return flash.redirect(back, Flash.Message.success(action.get()));
    } catch (AuthException e) {
      Forms.rethrowIfNotAFormError(e);
      return flash.redirect(back, Flash.Message.danger(e.getMessage()));
    }
  }
}
