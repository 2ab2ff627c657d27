package dev.authdash.web.controller;

import dev.authdash.core.error.AuthException;
import dev.authdash.core.model.Actor;
import dev.authdash.core.model.Enrolment;
import dev.authdash.core.model.Password;
import dev.authdash.core.model.RecoveryCodes;
import dev.authdash.core.model.SecondFactorStatus;
import dev.authdash.core.port.in.DisableSecondFactorUseCase;
import dev.authdash.core.port.in.EnrolSecondFactorUseCase;
import dev.authdash.core.port.in.RecoveryCodesUseCase;
import dev.authdash.core.port.in.RegenerateRecoveryCodesCommand;
import dev.authdash.core.port.in.SecondFactorCommand;
import dev.authdash.core.port.in.SecondFactorStatusUseCase;
import dev.authdash.web.security.ClientAddresses;
import dev.authdash.web.security.CsrfTokens;
import dev.authdash.web.view.Flash;
import dev.authdash.web.view.Pages;
import dev.authdash.web.view.QrCodeSvg;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One's own two-factor sign-in: enrol (QR code and key, then a code and the password), the recovery
 * codes shown once, new recovery codes, and turning it off. Recovery codes are rendered in the
 * answer to the POST that made them (never stored to show later), on a page that is not cached.
 */
@Controller(value = "/profile/2fa", produces = MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_AUTHENTICATED)
final class TwoFactorController {
  static final String PATH = "/profile/2fa";

  private final SecondFactorStatusUseCase secondFactorStatus;
  private final EnrolSecondFactorUseCase enrolSecondFactor;
  private final RecoveryCodesUseCase recoveryCodes;
  private final DisableSecondFactorUseCase disableSecondFactor;
  private final Pages pages;
  private final Flash flash;
  private final ClientAddresses clients;
  private final CsrfTokens csrf;

  TwoFactorController(
      SecondFactorStatusUseCase secondFactorStatus,
      EnrolSecondFactorUseCase enrolSecondFactor,
      RecoveryCodesUseCase recoveryCodes,
      DisableSecondFactorUseCase disableSecondFactor,
      Pages pages,
      Flash flash,
      ClientAddresses clients,
      CsrfTokens csrf) {
    this.secondFactorStatus = secondFactorStatus;
    this.enrolSecondFactor = enrolSecondFactor;
    this.recoveryCodes = recoveryCodes;
    this.disableSecondFactor = disableSecondFactor;
    this.pages = pages;
    this.flash = flash;
    this.clients = clients;
    this.csrf = csrf;
  }

  @Get
  HttpResponse<?> page(HttpRequest<?> request) {
    Actor me = Forms.actor(request);
    SecondFactorStatus status = secondFactorStatus.status(me, me.name());
    Map<String, Object> model = new HashMap<>();
    model.put("nav", "profile");
    model.put("status", status);
    if (status.enabled()) {
      return pages.page(request, "two_factor", model);
    }
    Enrolment enrolment = enrolSecondFactor.begin(me);
    model.put("qr", QrCodeSvg.of(enrolment.otpauthUri()));
    model.put("secret", enrolment.secret().grouped());
    return pages.page(request, "two_factor_enrol", model);
  }

  @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<?> confirm(
      HttpRequest<?> request,
      @Nullable String code,
      @Nullable String currentPassword,
      @Nullable String csrfToken) {
    csrf.require(request, csrfToken);
    return codesOrBack(
        request,
        () ->
            enrolSecondFactor.confirm(
                new SecondFactorCommand(
                    Forms.actor(request),
                    Password.of(currentPassword),
                    Forms.orEmpty(code),
                    clients.client(request))),
        "Two-factor sign-in is on. Save these recovery codes now: they are shown only once.");
  }

  @Post(uri = "/recovery-codes", consumes = MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<?> regenerate(
      HttpRequest<?> request, @Nullable String currentPassword, @Nullable String csrfToken) {
    csrf.require(request, csrfToken);
    return codesOrBack(
        request,
        () ->
            recoveryCodes.regenerate(
                new RegenerateRecoveryCodesCommand(
                    Forms.actor(request), Password.of(currentPassword), clients.client(request))),
        "New recovery codes: the old ones no longer work. Save these now: they are shown only"
            + " once.");
  }

  @Post(uri = "/disable", consumes = MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<?> disable(
      HttpRequest<?> request,
      @Nullable String currentPassword,
      @Nullable String code,
      @Nullable String csrfToken) {
    csrf.require(request, csrfToken);
    try {
      disableSecondFactor.disable(
          new SecondFactorCommand(
              Forms.actor(request),
              Password.of(currentPassword),
              Forms.orEmpty(code),
              clients.client(request)));
      return flash.redirect(
          "/profile",
          Flash.Message.success("Two-factor sign-in is off: your password alone signs you in."));
    } catch (AuthException e) {
      Forms.rethrowIfNotAFormError(e);
      return flash.redirect(PATH, Flash.Message.danger(e.getMessage()));
    }
  }

  private HttpResponse<?> codesOrBack(
      HttpRequest<?> request, Supplier<RecoveryCodes> action, String message) {
    RecoveryCodes codes;
    try {
      codes = action.get();
    } catch (AuthException e) {
      Forms.rethrowIfNotAFormError(e);
      return flash.redirect(PATH, Flash.Message.danger(e.getMessage()));
    }
    return pages.page(
        request,
        "recovery_codes",
        Map.of("nav", "profile", "codes", codes.reveal(), "message", message));
  }
}
