package dev.authdash.web.controller;

import dev.authdash.core.model.AdminOverview;
import dev.authdash.core.model.Role;
import dev.authdash.core.port.in.ActOnUserCommand;
import dev.authdash.core.port.in.AdminOverviewUseCase;
import dev.authdash.core.port.in.LocksUseCase;
import dev.authdash.web.security.ClientAddresses;
import dev.authdash.web.security.CsrfTokens;
import dev.authdash.web.view.ActivityChartSvg;
import dev.authdash.web.view.ActivityRow;
import dev.authdash.web.view.Flash;
import dev.authdash.web.view.LockView;
import dev.authdash.web.view.Pages;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * The admin's overview at {@code /admin}: accounts by role, new accounts, live sessions, and charts
 * of sign-in activity per UTC hour (24 h) and day (30 days), drawn as SVG on the server with a
 * table beside each. ADMIN only (403 for others).
 */
@Controller(value = "/admin", produces = MediaType.TEXT_HTML)
@Secured("ADMIN")
final class OverviewController {
  private final AdminOverviewUseCase overview;
  private final LocksUseCase locks;
  private final Pages pages;
  private final Flash flash;
  private final CsrfTokens csrf;
  private final ClientAddresses clients;
  private final Clock clock;

  OverviewController(
      AdminOverviewUseCase overview,
      LocksUseCase locks,
      Pages pages,
      Flash flash,
      CsrfTokens csrf,
      ClientAddresses clients,
      Clock clock) {
    this.overview = overview;
    this.locks = locks;
    this.pages = pages;
    this.flash = flash;
    this.csrf = csrf;
    this.clients = clients;
    this.clock = clock;
  }

  @Get(produces = MediaType.TEXT_HTML)
  HttpResponse<?> overview(HttpRequest<?> request) {
    AdminOverview o = overview.overview(Forms.actor(request));
    Map<String, Object> model = new HashMap<>();
    model.put("users", o.users());
    model.put("admins", o.usersByRole().get(Role.ADMIN));
    model.put("plainUsers", o.usersByRole().get(Role.USER));
    model.put("liveSessions", o.liveSessions());
    model.put("day", o.lastDay());
    model.put("month", o.lastMonth());
    model.put(
        "daySvg",
        ActivityChartSvg.render(o.lastDay(), "chart-day", "Sign-ins per hour, last 24 hours, UTC"));
    model.put(
        "monthSvg",
        ActivityChartSvg.render(
            o.lastMonth(), "chart-month", "Sign-ins per day, last 30 days, UTC"));
    model.put("dayRows", ActivityRow.of(o.lastDay()));
    model.put("monthRows", ActivityRow.of(o.lastMonth()));
    Instant now = clock.instant();
    model.put(
        "locks",
        locks.lockedNow(Forms.actor(request)).stream().map(l -> LockView.of(l, now)).toList());
    model.put("nav", "overview");
    return pages.page(request, "admin_overview", model);
  }

  /**
   * Lifts the lock of a username (not the per-address limit) and goes back to the overview's
   * "Locked now" with a message.
   */
  @Post(value = "/locks/{username}/clear", consumes = MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<?> clearLock(
      HttpRequest<?> request, @PathVariable String username, @Nullable String csrfToken) {
    csrf.require(request, csrfToken);
    boolean cleared =
        locks.clearLock(
            new ActOnUserCommand(Forms.actor(request), username, clients.client(request)));
    return flash.redirect(
        "/admin#locked",
        cleared
            ? Flash.Message.success(
                "The lock on " + username + " is lifted; they can sign in again.")
            : Flash.Message.info(username + " was not locked."));
  }
}
