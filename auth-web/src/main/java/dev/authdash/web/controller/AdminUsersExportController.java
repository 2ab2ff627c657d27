package dev.authdash.web.controller;

import dev.authdash.core.export.ExportColumns;
import dev.authdash.core.export.ExportStream;
import dev.authdash.core.model.UserQuery;
import dev.authdash.core.port.in.ExportUsersUseCase;
import dev.authdash.web.security.ClientAddresses;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;

/** The users panel's export: the users its search and role match, as a download. ADMIN only. */
@Controller(value = "/admin/users", produces = MediaType.TEXT_HTML)
@Secured("ADMIN")
final class AdminUsersExportController {
  private final ExportUsersUseCase exportUsersUseCase;
  private final Downloads downloads;
  private final ClientAddresses clients;
  private final AdminUserPage userPage;

  AdminUsersExportController(
      ExportUsersUseCase exportUsersUseCase,
      Downloads downloads,
      ClientAddresses clients,
      AdminUserPage userPage) {
    this.exportUsersUseCase = exportUsersUseCase;
    this.downloads = downloads;
    this.clients = clients;
    this.userPage = userPage;
  }

  /**
   * The users the panel's search and role match, all pages of them, as a CSV or JSON download
   * (audited {@code USERS_EXPORTED}). The literal route wins over {@code /{username}} (in {@link
   * AdminUserPageController}); "export" is a valid username, so without {@code format} this is that
   * user's page, as for any other name.
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
      return userPage.show(request, "export");
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
}
