package dev.authdash.web.controller;

import dev.authdash.core.error.InvalidInputException;
import dev.authdash.core.export.ExportColumns;
import dev.authdash.core.export.ExportFormat;
import dev.authdash.core.export.ExportStream;
import dev.authdash.core.model.Actor;
import dev.authdash.core.model.AuditEvent;
import dev.authdash.core.model.AuditEventType;
import dev.authdash.core.model.AuditQuery;
import dev.authdash.core.model.Page;
import dev.authdash.core.model.PageRequest;
import dev.authdash.core.port.in.ExportAuditLogUseCase;
import dev.authdash.core.port.in.ReadAuditLogUseCase;
import dev.authdash.web.security.ClientAddresses;
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

  private final ReadAuditLogUseCase readAuditLogUseCase;
  private final ExportAuditLogUseCase exportAuditLogUseCase;
  private final Pages pages;
  private final ClientAddresses clients;
  private final Downloads downloads;
  private final Clock clock;

  AuditController(
      ReadAuditLogUseCase readAuditLogUseCase,
      ExportAuditLogUseCase exportAuditLogUseCase,
      Pages pages,
      ClientAddresses clients,
      Downloads downloads,
      Clock clock) {
    this.readAuditLogUseCase = readAuditLogUseCase;
    this.exportAuditLogUseCase = exportAuditLogUseCase;
    this.pages = pages;
    this.clients = clients;
    this.downloads = downloads;
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
        readAuditLogUseCase.readAuditLog(
            Actor.of(Forms.signedIn(request).user()),
            filter.query(new PageRequest(filter.page(), PAGE_SIZE)));
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
    model.put("exportCsvUri", filter.exportUri(ExportFormat.CSV));
    model.put("exportJsonUri", filter.exportUri(ExportFormat.JSON));
    model.put("types", AuditEventLabels.kinds());
    model.put("nav", "audit");
    return pages.page(request, "audit", model);
  }

  /**
   * Every event the page's filters match, newest first, as a CSV or JSON download (audited {@code
   * AUDIT_EXPORTED}, which is then the export's first row when the filters take it in).
   */
  @Get(
      uri = "/export",
      produces = {"text/csv", MediaType.APPLICATION_JSON, MediaType.TEXT_HTML})
  HttpResponse<?> export(
      HttpRequest<?> request,
      @Nullable @QueryValue String format,
      @Nullable @QueryValue String user,
      @Nullable @QueryValue String type) {
    Filter filter = Filter.of(user, type, null);
    return downloads.export(
        request,
        format,
        "audit",
        chosen ->
            ExportStream.of(
                chosen,
                ExportColumns.AUDIT_EVENTS,
                exportAuditLogUseCase.exportAuditLog(
                    Forms.actor(request),
                    filter.query(PageRequest.first(1)),
                    chosen,
                    clients.client(request))));
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
      return new Filter(who, kind, UserListing.parsePage(page));
    }

    Optional<AuditEventType> typeFilter() {
      return type.isEmpty() ? Optional.empty() : Optional.of(AuditEventType.valueOf(type));
    }

    AuditQuery query(PageRequest pageRequest) {
      return new AuditQuery(
          user.isEmpty() ? Optional.empty() : Optional.of(user),
          typeFilter(),
          Optional.empty(),
          pageRequest);
    }

    /** The export of every page of this filter. */
    String exportUri(ExportFormat format) {
      UriBuilder builder =
          UriBuilder.of("/admin/audit/export").queryParam("format", format.extension());
      if (!user.isEmpty()) {
        builder.queryParam("user", user);
      }
      if (!type.isEmpty()) {
        builder.queryParam("type", type);
      }
      return builder.toString();
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
