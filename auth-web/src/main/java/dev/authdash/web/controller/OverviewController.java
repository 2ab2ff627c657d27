package dev.authdash.web.controller;

import dev.authdash.core.AuthCore;
import dev.authdash.core.model.AdminOverview;
import dev.authdash.core.model.Role;
import dev.authdash.core.port.in.AdminOverviewUseCase;
import dev.authdash.web.view.ActivityChartSvg;
import dev.authdash.web.view.ActivityRow;
import dev.authdash.web.view.Pages;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
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
  private final Pages pages;

  OverviewController(AuthCore core, Pages pages) {
    this.overview = core.adminOverview();
    this.pages = pages;
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
    model.put("nav", "overview");
    return pages.page(request, "admin_overview", model);
  }
}
