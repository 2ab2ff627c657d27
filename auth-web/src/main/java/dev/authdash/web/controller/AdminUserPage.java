package dev.authdash.web.controller;

import dev.authdash.core.error.UserNotFoundException;
import dev.authdash.core.model.Actor;
import dev.authdash.core.model.AuditEvent;
import dev.authdash.core.model.AuditQuery;
import dev.authdash.core.model.Page;
import dev.authdash.core.model.PageRequest;
import dev.authdash.core.model.SessionHandle;
import dev.authdash.core.model.User;
import dev.authdash.core.port.in.FindUserUseCase;
import dev.authdash.core.port.in.ListSessionsUseCase;
import dev.authdash.core.port.in.PasskeysUseCase;
import dev.authdash.core.port.in.ReadAuditLogUseCase;
import dev.authdash.core.port.in.SecondFactorStatusUseCase;
import dev.authdash.web.view.AuditView;
import dev.authdash.web.view.Pages;
import dev.authdash.web.view.PasskeyView;
import dev.authdash.web.view.SessionView;
import dev.authdash.web.view.UserView;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.uri.UriBuilder;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One user's page as an admin sees it: details, live sessions, recent audit events, second-factor
 * status and passkeys. Its own bean because two routes answer with it: {@code
 * /admin/users/{username}} and {@code /admin/users/export} without a format (the user named
 * "export").
 */
@Singleton
final class AdminUserPage {
  static final int RECENT_EVENTS = 10;

  private final FindUserUseCase findUserUseCase;
  private final ListSessionsUseCase listSessionsUseCase;
  private final ReadAuditLogUseCase readAuditLogUseCase;
  private final SecondFactorStatusUseCase secondFactorStatus;
  private final PasskeysUseCase passkeysUseCase;
  private final Pages pages;
  private final Clock clock;

  AdminUserPage(
      FindUserUseCase findUserUseCase,
      ListSessionsUseCase listSessionsUseCase,
      ReadAuditLogUseCase readAuditLogUseCase,
      SecondFactorStatusUseCase secondFactorStatus,
      PasskeysUseCase passkeysUseCase,
      Pages pages,
      Clock clock) {
    this.findUserUseCase = findUserUseCase;
    this.listSessionsUseCase = listSessionsUseCase;
    this.readAuditLogUseCase = readAuditLogUseCase;
    this.secondFactorStatus = secondFactorStatus;
    this.passkeysUseCase = passkeysUseCase;
    this.pages = pages;
    this.clock = clock;
  }

  /** The page of the user of that name; the 404 page when there is none. */
  HttpResponse<?> show(HttpRequest<?> request, String username) {
    User user;
    try {
      user = findUserUseCase.findUser(Forms.actor(request), username);
    } catch (UserNotFoundException e) {
      return pages.error(request, HttpStatus.NOT_FOUND, ErrorPages.NOT_FOUND_TITLE, e.getMessage());
    }
    return pages.page(request, "admin_user", model(request, user));
  }

  private Map<String, Object> model(HttpRequest<?> request, User user) {
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
}
