package dev.authdash.web.controller;

import dev.authdash.core.config.AuthConfig;
import dev.authdash.core.error.AuthException;
import dev.authdash.core.model.ClientInfo;
import dev.authdash.core.model.Password;
import dev.authdash.core.model.SessionHandle;
import dev.authdash.core.model.SessionResolution;
import dev.authdash.core.port.in.ChangeEmailUseCase;
import dev.authdash.core.port.in.ChangePasswordCommand;
import dev.authdash.core.port.in.ChangePasswordUseCase;
import dev.authdash.core.port.in.ListSessionsUseCase;
import dev.authdash.core.port.in.PasskeysUseCase;
import dev.authdash.core.port.in.RequestEmailChangeCommand;
import dev.authdash.core.port.in.RequestPasswordResetUseCase;
import dev.authdash.core.port.in.RevokeSessionCommand;
import dev.authdash.core.port.in.RevokeSessionsUseCase;
import dev.authdash.core.port.in.SecondFactorStatusUseCase;
import dev.authdash.core.port.in.SessionCommand;
import dev.authdash.web.security.ClientAddresses;
import dev.authdash.web.security.CsrfTokens;
import dev.authdash.web.security.RequestState;
import dev.authdash.web.view.Flash;
import dev.authdash.web.view.Pages;
import dev.authdash.web.view.PasskeyView;
import dev.authdash.web.view.SessionView;
import dev.authdash.web.view.UserView;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/** The signed-in user's profile: details, change of password, and their own live sessions. */
@Controller(value = "/profile", produces = MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_AUTHENTICATED)
final class ProfileController {
  private static final String PROFILE = "/profile";

  private final ListSessionsUseCase listSessionsUseCase;
  private final AuthConfig config;
  private final SecondFactorStatusUseCase secondFactorStatus;
  private final PasskeysUseCase passkeysUseCase;
  private final ChangeEmailUseCase changeEmailUseCase;
  private final RequestPasswordResetUseCase requestPasswordReset;
  private final ChangePasswordUseCase changePasswordUseCase;
  private final RevokeSessionsUseCase revokeSessions;
  private final Pages pages;
  private final Flash flash;
  private final ClientAddresses clients;
  private final CsrfTokens csrf;

  ProfileController(
      ListSessionsUseCase listSessionsUseCase,
      AuthConfig config,
      SecondFactorStatusUseCase secondFactorStatus,
      PasskeysUseCase passkeysUseCase,
      ChangeEmailUseCase changeEmailUseCase,
      RequestPasswordResetUseCase requestPasswordReset,
      ChangePasswordUseCase changePasswordUseCase,
      RevokeSessionsUseCase revokeSessions,
      Pages pages,
      Flash flash,
      ClientAddresses clients,
      CsrfTokens csrf) {
    this.listSessionsUseCase = listSessionsUseCase;
    this.config = config;
    this.secondFactorStatus = secondFactorStatus;
    this.passkeysUseCase = passkeysUseCase;
    this.changeEmailUseCase = changeEmailUseCase;
    this.requestPasswordReset = requestPasswordReset;
    this.changePasswordUseCase = changePasswordUseCase;
    this.revokeSessions = revokeSessions;
    this.pages = pages;
    this.flash = flash;
    this.clients = clients;
    this.csrf = csrf;
  }

  @Get(produces = MediaType.TEXT_HTML)
  HttpResponse<?> profile(HttpRequest<?> request) {
    SessionResolution.Active active = Forms.signedIn(request);
    SessionHandle current = active.session().handle();
    Map<String, Object> model = new HashMap<>();
    model.put("user", UserView.of(active.user(), 0, active.user()));
    model.put(
        "sessions",
        listSessionsUseCase
            .listSessions(Forms.actor(request), active.user().username().value())
            .stream()
            .map(s -> SessionView.of(s, current))
            .toList());
    model.put("minLength", config.passwordMinLength());
    model.put("maxLength", config.passwordMaxLength());
    model.put("email", active.user().emailIfAny().map(e -> e.address().value()).orElse(""));
    model.put("emailVerified", active.user().emailIfAny().map(e -> e.isVerified()).orElse(false));
    model.put(
        "pendingEmail", active.user().pendingEmailIfAny().map(p -> p.address().value()).orElse(""));
    model.put(
        "twoFactor",
        secondFactorStatus.status(Forms.actor(request), active.user().username().value()));
    model.put(
        "passkeys",
        passkeysUseCase.list(Forms.actor(request), active.user().username().value()).stream()
            .map(PasskeyView::of)
            .toList());
    return pages.page(request, "profile", model);
  }

  /** A new address, used once its link (mailed to it) is followed; needs the current password. */
  @Post(uri = "/email", consumes = MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<?> changeEmail(
      HttpRequest<?> request,
      @Nullable String email,
      @Nullable String currentPassword,
      @Nullable String csrfToken) {
    csrf.require(request, csrfToken);
    return act(
        () -> {
          var address =
              changeEmailUseCase.requestEmailChange(
                  new RequestEmailChangeCommand(
                      Forms.actor(request),
                      Forms.orEmpty(email),
                      Password.of(Forms.orEmpty(currentPassword)),
                      clients.client(request)));
          return requestPasswordReset.available()
              ? "We sent a link to " + address.value() + ". Open it to confirm the new address."
              : "Your address is now " + address.value() + " (not verified: mail is off here).";
        });
  }

  /** Keeps this session; every other session of the user ends (the core does both). */
  @Post(uri = "/password", consumes = MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<?> changePassword(
      HttpRequest<?> request,
      @Nullable String currentPassword,
      @Nullable String newPassword,
      @Nullable String confirmPassword,
      @Nullable String csrfToken) {
    csrf.require(request, csrfToken);
    if (newPassword == null || !newPassword.equals(confirmPassword)) {
      return flash.redirect(
          PROFILE, Flash.Message.danger("The new password and its confirmation do not match."));
    }
    return act(
        () -> {
          int ended =
              changePasswordUseCase.changePassword(
                  new ChangePasswordCommand(
                      RequestState.token(request).orElseThrow(),
                      Password.of(currentPassword),
                      Password.of(newPassword),
                      clients.client(request)));
          return "Your password has been changed. "
              + (ended == 0
                  ? "You had no other sessions."
                  : Forms.plural(ended, "other session") + " signed out.");
        });
  }

  @Post(uri = "/sessions/{handle}/revoke", consumes = MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<?> revoke(
      HttpRequest<?> request, @PathVariable String handle, @Nullable String csrfToken) {
    csrf.require(request, csrfToken);
    SessionResolution.Active active = Forms.signedIn(request);
    ClientInfo client = clients.client(request);
    return act(
        () -> {
          SessionHandle target = new SessionHandle(handle);
          if (target.equals(active.session().handle())) {
            return null;
          }
          revokeSessions.revokeSession(
              new RevokeSessionCommand(
                  Forms.actor(request), active.user().username().value(), target, client));
          return "That session has been signed out.";
        });
  }

  @Post(uri = "/sessions/revoke-others", consumes = MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<?> revokeOthers(HttpRequest<?> request, @Nullable String csrfToken) {
    csrf.require(request, csrfToken);
    return act(
        () -> {
          int ended =
              revokeSessions.revokeOtherSessions(
                  new SessionCommand(
                      RequestState.token(request).orElseThrow(), clients.client(request)));
          return ended == 0
              ? "You had no other sessions."
              : Forms.plural(ended, "other session") + " signed out.";
        });
  }

  /**
   * Runs an act and goes back to the profile with its outcome; a null outcome means the act was
   * about this very session, which is ended with "Log out" instead.
   */
  private HttpResponse<?> act(Supplier<String> action) {
    try {
      String outcome = action.get();
      return outcome == null
          ? flash.redirect(
              PROFILE,
              Flash.Message.warning(
                  "That is the session you are using: use \"Log out\" to end it."))
          : flash.redirect(PROFILE, Flash.Message.success(outcome));
    } catch (AuthException e) {
      Forms.rethrowIfNotAFormError(e);
      return flash.redirect(PROFILE, Flash.Message.danger(e.getMessage()));
    }
  }
}
