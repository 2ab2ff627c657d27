package dev.authdash.web.controller;

import dev.authdash.core.config.AuthConfig;
import dev.authdash.core.model.SessionResolution;
import dev.authdash.core.model.SessionStatus;
import dev.authdash.web.view.Durations;
import dev.authdash.web.view.Pages;
import dev.authdash.web.view.UserView;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/** The signed-in user's own page. */
@Controller(value = "/dashboard", produces = MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_AUTHENTICATED)
final class DashboardController {
  private final Pages pages;
  private final AuthConfig config;
  private final Clock clock;

  DashboardController(Pages pages, AuthConfig config, Clock clock) {
    this.pages = pages;
    this.config = config;
    this.clock = clock;
  }

  @Get(produces = MediaType.TEXT_HTML)
  HttpResponse<?> dashboard(HttpRequest<?> request) {
    SessionResolution.Active active = Forms.signedIn(request);
    Map<String, Object> model = new HashMap<>();
    model.put("user", UserView.of(active.user(), 0, active.user()));
    model.put("sessionStarted", UserView.format(active.session().createdAt()));
    model.put("sessionAddress", active.session().address());
    SessionStatus status =
        new SessionStatus(
            Duration.between(clock.instant(), active.session().expiresAt()),
            Duration.between(clock.instant(), active.session().absoluteExpiresAt()));
    model.put("idleMinutes", Math.max(0, status.idleRemaining().toMinutes()));
    model.put("idleTimeout", Durations.spoken(config.sessionIdleTimeout()));
    model.put("absoluteEnds", UserView.format(active.session().absoluteExpiresAt()));
    return pages.page(request, "dashboard", model);
  }
}
