package dev.authdash.web.controller;

import dev.authdash.core.AuthCore;
import dev.authdash.core.error.InvalidInputException;
import dev.authdash.core.model.Actor;
import dev.authdash.core.model.AuditEvent;
import dev.authdash.core.model.AuditEventType;
import dev.authdash.core.model.AuditQuery;
import dev.authdash.core.model.Page;
import dev.authdash.core.model.PageRequest;
import dev.authdash.web.view.AuditEventLabels;
import dev.authdash.web.view.AuditView;
import dev.authdash.web.view.Pages;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.uri.UriBuilder;
import io.micronaut.security.annotation.Secured;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The audit log for admins: newest first, paged, filtered by user and by kind of event. */
@Controller(value = "/admin/audit", produces = MediaType.TEXT_HTML)
@Secured("ADMIN")
final class AuditController {
  static final int PAGE_SIZE = 25;
  private static final int MAX_USER = 64;

  private final AuthCore core;
  private final Pages pages;
  private final Clock clock;

  AuditController(AuthCore core, Pages pages, Clock clock) {
    this.core = core;
    this.pages = pages;
    this.clock = clock;
  }

  @Get(produces = MediaType.TEXT_HTML)
  HttpResponse<?> audit(
      HttpRequest<?> request,
      @Nullable @QueryValue String user,
      @Nullable @QueryValue String type,
      @Nullable @QueryValue String page) {
    Filter filter = Filter.of(user, type, page);
    Page<AuditEvent> events =
        core.readAuditLog()
            .readAuditLog(
                Actor.of(Forms.signedIn(request).user()),
                new AuditQuery(
                    filter.user().isEmpty() ? Optional.empty() : Optional.of(filter.user()),
                    filter.typeFilter(),
                    Optional.empty(),
                    new PageRequest(filter.page(), PAGE_SIZE)));
    if (events.items().isEmpty() && filter.page() > 1 && events.total() > 0) {
      return HttpResponse.seeOther(URI.create(filter.withPage((int) events.totalPages()).uri()));
    }
    Map<String, Object> model = new HashMap<>();
    Instant now = clock.instant();
    model.put("events", events.items().stream().map(e -> AuditView.of(e, now)).toList());
    model.put("total", events.total());
    model.put("pageNumber", filter.page());
    model.put("totalPages", events.totalPages());
    model.put("previousUri", events.hasPrevious() ? filter.withPage(filter.page() - 1).uri() : "");
    model.put("nextUri", events.hasNext() ? filter.withPage(filter.page() + 1).uri() : "");
    model.put("user", filter.user());
    model.put("type", filter.type());
    model.put("types", AuditEventLabels.kinds());
    model.put("nav", "audit");
    return pages.page(request, "audit", model);
  }

  /** The filter, read leniently: an unknown kind or a bad page number falls back to the default. */
  record Filter(String user, String type, int page) {
    static Filter of(String user, String type, String page) {
      String who = user == null ? "" : user.strip();
      if (who.length() > MAX_USER) {
        who = who.substring(0, MAX_USER);
      }
      String kind = "";
      if (type != null && !type.isBlank()) {
        try {
          kind = AuditEventType.parse(type).name();
        } catch (InvalidInputException unknown) {
          kind = "";
        }
      }
      return new Filter(who, kind, AdminController.Listing.parsePage(page));
    }

    Optional<AuditEventType> typeFilter() {
      return type.isEmpty() ? Optional.empty() : Optional.of(AuditEventType.valueOf(type));
    }

    Filter withPage(int newPage) {
      return new Filter(user, type, newPage);
    }

    String uri() {
      UriBuilder builder = UriBuilder.of("/admin/audit");
      if (!user.isEmpty()) {
        builder.queryParam("user", user);
      }
      if (!type.isEmpty()) {
        builder.queryParam("type", type);
      }
      if (page > 1) {
        builder.queryParam("page", page);
      }
      return builder.toString();
    }
  }
}
