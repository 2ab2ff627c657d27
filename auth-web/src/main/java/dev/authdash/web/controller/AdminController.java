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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** The admin panel: users, search, paging, and per-user acts. ADMIN only (403 for others). */
@Controller(value = "/admin/users", produces = MediaType.TEXT_HTML)
@Secured("ADMIN")
final class AdminController {
  static final int PAGE_SIZE = 20;
  static final int RECENT_EVENTS = 10;
  private static final String PANEL = "/admin/users";

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
    Listing listing = Listing.of(q, role, page);
    User viewer = Forms.signedIn(request).user();
    Page<UserView> users =
        listUsersUseCase
            .listUsers(
                Actor.of(viewer),
                new UserQuery(
                    Optional.of(listing.q()),
                    listing.roleFilter(),
                    new PageRequest(listing.page(), PAGE_SIZE)))
            .map(row -> UserView.of(row.user(), row.activeSessions(), viewer));
    if (users.items().isEmpty() && listing.page() > 1 && users.total() > 0) {
      return HttpResponse.seeOther(
          java.net.URI.create(listing.withPage((int) users.totalPages()).uri()));
    }
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
    return pages.page(request, "admin_panel", model);
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
          PANEL,
          Flash.Message.danger(e.getMessage())
              .about(
                  "new-" + field,
                  Map.of("username", Forms.orEmpty(username), "role", Forms.orEmpty(role))));
    }
    return flash.redirect(
        PANEL,
        Flash.Message.success(
            "User " + created.username().value() + " created as " + created.role() + "."));
  }

  /** Per-user acts: promote, demote, delete, logout (sign out everywhere). */
  @Post(uri = "/{username}/{action}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<?> act(
      HttpRequest<?> request,
      @PathVariable String username,
      @PathVariable String action,
      @Nullable String q,
      @Nullable String role,
      @Nullable String page,
      @Nullable String from,
      @Nullable String csrfToken) {
    csrf.require(request, csrfToken);
    String panel = Listing.of(q, role, page).uri();
    String back = "user".equals(from) ? userPage(username) : panel;
    ClientInfo client = clients.client(request);
    return switch (action) {
      case "promote" -> changeRole(request, username, Role.ADMIN, back);
      case "demote" -> changeRole(request, username, Role.USER, back);
      case "reset-link" -> resetLink(request, username, back, client);
      case "delete" ->
          act(
              panel,
              () -> {
                deleteUserUseCase.deleteUser(Forms.actor(request), username, client);
                return "User " + username + " deleted; their sessions have ended.";
              });
      case "logout" ->
          act(
              back,
              () -> {
                int ended =
                    revokeSessions.revokeAllSessions(Forms.actor(request), username, client);
                return "Signed "
                    + username
                    + " out everywhere ("
                    + Forms.plural(ended, "session")
                    + " ended).";
              });
      default ->
          pages.error(request, HttpStatus.NOT_FOUND, ErrorPages.NOT_FOUND_TITLE, "No such action.");
    };
  }

  /**
   * Issues a single-use reset link and shows it once, on this response only (a POST answer that is
   * never cached); the admin passes it on. Reloading issues a new link, which voids this one.
   */
  private HttpResponse<?> resetLink(
      HttpRequest<?> request, String username, String back, ClientInfo client) {
    ResetLink link;
    try {
      link = issueResetLinkUseCase.issueResetLink(Forms.actor(request), username, client);
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
    Listing listing = Listing.of(q, role, null);
    UserQuery filter =
        new UserQuery(Optional.of(listing.q()), listing.roleFilter(), PageRequest.first(1));
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
    User viewer = Forms.signedIn(request).user();
    Actor actor = Actor.of(viewer);
    User user;
    try {
      user = findUserUseCase.findUser(actor, username);
    } catch (UserNotFoundException e) {
      return pages.error(request, HttpStatus.NOT_FOUND, ErrorPages.NOT_FOUND_TITLE, e.getMessage());
    }
    String name = user.username().value();
    SessionHandle current = Forms.signedIn(request).session().handle();
    List<SessionView> sessions =
        listSessionsUseCase.listSessions(actor, name).stream()
            .map(s -> SessionView.of(s, current))
            .toList();
    Page<AuditEvent> events =
        readAuditLogUseCase.readAuditLog(
            actor,
            new AuditQuery(
                Optional.of(name),
                Optional.empty(),
                Optional.empty(),
                PageRequest.first(RECENT_EVENTS)));
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
    return pages.page(request, "admin_user", model);
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
        userPage(username),
        () -> {
          revokeSessions.revokeSession(
              Forms.actor(request), username, new SessionHandle(handle), client);
          return "Signed out one session of " + username + ".";
        });
  }

  static String userPage(String username) {
    return PANEL + "/" + URLEncoder.encode(username, StandardCharsets.UTF_8).replace("+", "%20");
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

  /** The panel's search state, read leniently: anything malformed falls back to the default. */
  record Listing(String q, String role, int page) {
    private static final int MAX_QUERY = 64;

    static Listing of(String q, String role, String page) {
      String query = q == null ? "" : q.strip();
      if (query.length() > MAX_QUERY) {
        query = query.substring(0, MAX_QUERY);
      }
      String roleName = "";
      if (role != null) {
        String upper = role.strip().toUpperCase(Locale.ROOT);
        for (Role r : Role.values()) {
          if (r.name().equals(upper)) {
            roleName = upper;
          }
        }
      }
      return new Listing(query, roleName, parsePage(page));
    }

    static int parsePage(String raw) {
      if (raw == null || raw.isBlank() || raw.length() > 9) {
        return 1;
      }
      try {
        return Math.max(1, Integer.parseInt(raw.strip()));
      } catch (NumberFormatException e) {
        return 1;
      }
    }

    Optional<Role> roleFilter() {
      return role.isEmpty() ? Optional.empty() : Optional.of(Role.valueOf(role));
    }

    Listing withPage(int newPage) {
      return new Listing(q, role, newPage);
    }

    /** The export of every page of this listing. */
    String exportUri(ExportFormat format) {
      UriBuilder builder =
          UriBuilder.of(PANEL + "/export").queryParam("format", format.extension());
      if (!q.isEmpty()) {
        builder.queryParam("q", q);
      }
      if (!role.isEmpty()) {
        builder.queryParam("role", role);
      }
      return builder.toString();
    }

    String uri() {
      UriBuilder builder = UriBuilder.of(PANEL);
      if (!q.isEmpty()) {
        builder.queryParam("q", q);
      }
      if (!role.isEmpty()) {
        builder.queryParam("role", role);
      }
      if (page > 1) {
        builder.queryParam("page", page);
      }
      return builder.toString();
    }
  }
}
