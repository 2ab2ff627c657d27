package dev.authdash.web.controller;

import dev.authdash.core.error.AuthException;
import dev.authdash.core.model.Actor;
import dev.authdash.core.model.Password;
import dev.authdash.core.model.PersonalData;
import dev.authdash.core.model.SessionResolution;
import dev.authdash.core.model.User;
import dev.authdash.core.port.in.DeleteOwnAccountCommand;
import dev.authdash.core.port.in.DeleteOwnAccountUseCase;
import dev.authdash.core.port.in.ExportOwnDataUseCase;
import dev.authdash.core.port.in.ListSessionsUseCase;
import dev.authdash.core.port.in.PasskeysUseCase;
import dev.authdash.core.port.in.SecondFactorStatusUseCase;
import dev.authdash.web.config.WebSettings;
import dev.authdash.web.security.ClientAddresses;
import dev.authdash.web.security.CsrfTokens;
import dev.authdash.web.view.Flash;
import dev.authdash.web.view.Pages;
import dev.authdash.web.view.PersonalDataJson;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;

/**
 * Self-service on one's own account: "Download my data" (a JSON attachment) and "Delete my account"
 * (a confirmation page asking for the password, and the code when two-factor sign-in is on, then a
 * POST that deletes and signs this browser out).
 */
@Controller(value = "/profile", produces = MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_AUTHENTICATED)
final class SelfServiceController {
  static final String DELETE = "/profile/delete";
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

  private final ExportOwnDataUseCase exportOwnDataUseCase;
  private final DeleteOwnAccountUseCase deleteOwnAccountUseCase;
  private final ListSessionsUseCase listSessionsUseCase;
  private final PasskeysUseCase passkeysUseCase;
  private final SecondFactorStatusUseCase secondFactorStatus;
  private final Pages pages;
  private final Flash flash;
  private final ClientAddresses clients;
  private final CsrfTokens csrf;
  private final WebSettings settings;

  SelfServiceController(
      ExportOwnDataUseCase exportOwnDataUseCase,
      DeleteOwnAccountUseCase deleteOwnAccountUseCase,
      ListSessionsUseCase listSessionsUseCase,
      PasskeysUseCase passkeysUseCase,
      SecondFactorStatusUseCase secondFactorStatus,
      Pages pages,
      Flash flash,
      ClientAddresses clients,
      CsrfTokens csrf,
      WebSettings settings) {
    this.exportOwnDataUseCase = exportOwnDataUseCase;
    this.deleteOwnAccountUseCase = deleteOwnAccountUseCase;
    this.listSessionsUseCase = listSessionsUseCase;
    this.passkeysUseCase = passkeysUseCase;
    this.secondFactorStatus = secondFactorStatus;
    this.pages = pages;
    this.flash = flash;
    this.clients = clients;
    this.csrf = csrf;
    this.settings = settings;
  }

  /**
   * A GET that writes an audit event: harmless to repeat, and a cross-site page cannot read the
   * answer (no CORS) nor send the session cookie with a sub-request it makes (SameSite=Lax).
   */
  @Get(uri = "/data", produces = MediaType.APPLICATION_JSON)
  HttpResponse<?> download(HttpRequest<?> request) {
    PersonalData data =
        exportOwnDataUseCase.exportOwnData(Forms.actor(request), clients.client(request));
    String file =
        "authdash-data-"
            + data.account().username()
            + "-"
            + DAY.format(data.exportedAt())
            + ".json";
    return HttpResponse.ok(PersonalDataJson.write(data))
        .contentType(MediaType.APPLICATION_JSON_TYPE)
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file + "\"")
        .header(HttpHeaders.CACHE_CONTROL, "no-store");
  }

  @Get(uri = "/delete", produces = MediaType.TEXT_HTML)
  HttpResponse<?> confirm(HttpRequest<?> request) {
    SessionResolution.Active active = Forms.signedIn(request);
    User user = active.user();
    Actor me = Actor.of(user);
    Map<String, Object> model = new HashMap<>();
    model.put("nav", "profile");
    model.put("refusal", deleteOwnAccountUseCase.refusal(me).orElse(""));
    int others = listSessionsUseCase.listSessions(me, me.name()).size() - 1;
    model.put("otherSessions", others <= 0 ? "no other" : Forms.plural(others, "other"));
    model.put("passkeys", passkeysUseCase.list(me, me.name()).size());
    model.put("twoFactor", secondFactorStatus.status(me, me.name()).enabled());
    model.put("email", user.emailIfAny().map(e -> e.address().value()).orElse(""));
    model.put("admin", user.isAdmin());
    return pages.page(request, "delete_account", model);
  }

  @Post(uri = "/delete", consumes = MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<?> delete(
      HttpRequest<?> request,
      @Nullable String currentPassword,
      @Nullable String code,
      @Nullable String csrfToken) {
    csrf.require(request, csrfToken);
    try {
      deleteOwnAccountUseCase.deleteOwnAccount(
          new DeleteOwnAccountCommand(
              Forms.actor(request), Password.of(currentPassword), code, clients.client(request)));
    } catch (AuthException e) {
      Forms.rethrowIfNotAFormError(e);
      return flash.redirect(DELETE, Flash.Message.danger(e.getMessage()));
    }
    MutableHttpResponse<?> response =
        flash.redirect("/", Flash.Message.success(Pages.ACCOUNT_DELETED));
    response.cookie(settings.expiredCookie(WebSettings.SESSION_COOKIE));
    response.cookie(settings.expiredCookie(WebSettings.DEVICE_COOKIE));
    return response;
  }
}
