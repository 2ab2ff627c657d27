package dev.authdash.web.controller;

import dev.authdash.core.config.AuthConfig;
import dev.authdash.core.error.AuthException;
import dev.authdash.core.export.ExportFormat;
import dev.authdash.core.model.Actor;
import dev.authdash.core.model.Page;
import dev.authdash.core.model.Password;
import dev.authdash.core.model.Role;
import dev.authdash.core.model.User;
import dev.authdash.core.port.in.CreateUserCommand;
import dev.authdash.core.port.in.CreateUserUseCase;
import dev.authdash.core.port.in.ListUsersUseCase;
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
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The users panel: users, search, paging, and creating a user. The acts on one user are {@link
 * AdminUserActsController}'s, one user's page {@link AdminUserPageController}'s, the export {@link
 * AdminUsersExportController}'s. ADMIN only (403 for others).
 */
@Controller(value = "/admin/users", produces = MediaType.TEXT_HTML)
@Secured("ADMIN")
final class AdminPanelController {
  static final int PAGE_SIZE = 20;

  private final ListUsersUseCase listUsersUseCase;
  private final CreateUserUseCase createUserUseCase;
  private final AuthConfig config;
  private final Pages pages;
  private final Flash flash;
  private final ClientAddresses clients;
  private final CsrfTokens csrf;

  AdminPanelController(
      ListUsersUseCase listUsersUseCase,
      CreateUserUseCase createUserUseCase,
      AuthConfig config,
      Pages pages,
      Flash flash,
      ClientAddresses clients,
      CsrfTokens csrf) {
    this.listUsersUseCase = listUsersUseCase;
    this.createUserUseCase = createUserUseCase;
    this.config = config;
    this.pages = pages;
    this.flash = flash;
    this.clients = clients;
    this.csrf = csrf;
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
}
