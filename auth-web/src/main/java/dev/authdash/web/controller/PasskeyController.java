package dev.authdash.web.controller;

import dev.authdash.core.config.AuthConfig;
import dev.authdash.core.error.AuthException;
import dev.authdash.core.error.LoginThrottledException;
import dev.authdash.core.error.SignInExpiredException;
import dev.authdash.core.model.PasskeyAssertion;
import dev.authdash.core.model.PasskeyHolder;
import dev.authdash.core.model.PasskeyId;
import dev.authdash.core.model.Password;
import dev.authdash.core.model.PendingSignIn;
import dev.authdash.core.model.SessionResolution;
import dev.authdash.core.model.SignedIn;
import dev.authdash.core.model.Username;
import dev.authdash.core.port.in.AddPasskeyCommand;
import dev.authdash.core.port.in.CompleteSignInCommand;
import dev.authdash.core.port.in.CompleteSignInUseCase;
import dev.authdash.core.port.in.PasskeySignInUseCase;
import dev.authdash.core.port.in.PasskeysUseCase;
import dev.authdash.core.port.in.RemovePasskeyAsAdminCommand;
import dev.authdash.core.port.in.RemovePasskeyCommand;
import dev.authdash.core.port.in.RenamePasskeyCommand;
import dev.authdash.core.port.in.SecondFactorProof;
import dev.authdash.web.config.WebSettings;
import dev.authdash.web.passkey.PasskeyCeremonies;
import dev.authdash.web.passkey.PasskeyCeremonies.Purpose;
import dev.authdash.web.passkey.PasskeyRefusedException;
import dev.authdash.web.passkey.PasskeyRelyingParty;
import dev.authdash.web.security.ClientAddresses;
import dev.authdash.web.security.CsrfTokens;
import dev.authdash.web.view.Flash;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.http.uri.UriBuilder;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Passkeys in the browser. Each ceremony is two requests: a POST for the options (JSON, with a
 * challenge kept on the server under a short-lived ceremony cookie), which the page's script hands
 * to {@code navigator.credentials}; then the form POST of what the authenticator answered, which
 * the relying party verifies against that challenge (taken out: single-use) before the core acts.
 * Adding one is bound to the session that asked; a sign-in's second step to its pending sign-in.
 */
@Controller(produces = MediaType.TEXT_HTML)
final class PasskeyController {
  private static final String PROFILE = "/profile";

  private final PasskeySignInUseCase passkeySignIn;
  private final PasskeysUseCase passkeysUseCase;
  private final CompleteSignInUseCase completeSignIn;
  private final AuthConfig authConfig;
  private final PasskeyRelyingParty relyingParty;
  private final PasskeyCeremonies ceremonies;
  private final Flash flash;
  private final WebSettings settings;
  private final ClientAddresses clients;
  private final CsrfTokens csrf;

  PasskeyController(
      PasskeySignInUseCase passkeySignIn,
      PasskeysUseCase passkeysUseCase,
      CompleteSignInUseCase completeSignIn,
      AuthConfig authConfig,
      PasskeyRelyingParty relyingParty,
      PasskeyCeremonies ceremonies,
      Flash flash,
      WebSettings settings,
      ClientAddresses clients,
      CsrfTokens csrf) {
    this.passkeySignIn = passkeySignIn;
    this.passkeysUseCase = passkeysUseCase;
    this.completeSignIn = completeSignIn;
    this.authConfig = authConfig;
    this.relyingParty = relyingParty;
    this.ceremonies = ceremonies;
    this.flash = flash;
    this.settings = settings;
    this.clients = clients;
    this.csrf = csrf;
  }

  // ---- adding, renaming and removing one's own passkeys ----

  @Post(
      uri = "/profile/passkeys/options",
      consumes = MediaType.APPLICATION_FORM_URLENCODED,
      produces = MediaType.APPLICATION_JSON)
  @Secured(SecurityRule.IS_AUTHENTICATED)
  HttpResponse<?> registrationOptions(HttpRequest<?> request, @Nullable String csrfToken) {
    csrf.require(request, csrfToken);
    SessionResolution.Active active = Forms.signedIn(request);
    return options(
        () -> {
          PasskeyHolder me = passkeySignIn.holder(active.user().username().value()).orElseThrow();
          return ceremony(
              Purpose.REGISTER, sessionBinding(active), relyingParty.startRegistration(me));
        });
  }

  @Post(uri = "/profile/passkeys", consumes = MediaType.APPLICATION_FORM_URLENCODED)
  @Secured(SecurityRule.IS_AUTHENTICATED)
  HttpResponse<?> add(
      HttpRequest<?> request,
      @Nullable String label,
      @Nullable String credential,
      @Nullable String csrfToken) {
    csrf.require(request, csrfToken);
    SessionResolution.Active active = Forms.signedIn(request);
    return done(
        PROFILE,
        () -> {
          String ceremony = challenge(request, Purpose.REGISTER, sessionBinding(active));
          var verified = relyingParty.finishRegistration(ceremony, Forms.orEmpty(credential));
          var passkey =
              passkeysUseCase.add(
                  new AddPasskeyCommand(
                      Forms.actor(request),
                      verified,
                      Forms.orEmpty(label),
                      clients.client(request)));
          return flash.redirect(
              PROFILE,
              Flash.Message.success(
                  "Passkey \"" + passkey.label() + "\" added: you can sign in with it now."));
        });
  }

  @Post(uri = "/profile/passkeys/{id}/rename", consumes = MediaType.APPLICATION_FORM_URLENCODED)
  @Secured(SecurityRule.IS_AUTHENTICATED)
  HttpResponse<?> rename(
      HttpRequest<?> request,
      @PathVariable String id,
      @Nullable String label,
      @Nullable String csrfToken) {
    csrf.require(request, csrfToken);
    return done(
        PROFILE,
        () -> {
          passkeysUseCase.rename(
              new RenamePasskeyCommand(Forms.actor(request), passkeyId(id), Forms.orEmpty(label)));
          return flash.redirect(PROFILE, Flash.Message.success("Passkey renamed."));
        });
  }

  @Post(uri = "/profile/passkeys/{id}/remove", consumes = MediaType.APPLICATION_FORM_URLENCODED)
  @Secured(SecurityRule.IS_AUTHENTICATED)
  HttpResponse<?> remove(
      HttpRequest<?> request,
      @PathVariable String id,
      @Nullable String currentPassword,
      @Nullable String csrfToken) {
    csrf.require(request, csrfToken);
    return done(
        PROFILE,
        () -> {
          passkeysUseCase.remove(
              new RemovePasskeyCommand(
                  Forms.actor(request),
                  passkeyId(id),
                  Password.of(currentPassword),
                  clients.client(request)));
          return flash.redirect(
              PROFILE, Flash.Message.success("Passkey removed: it no longer signs you in."));
        });
  }

  @Post(
      uri = "/admin/users/{username}/passkeys/{id}/remove",
      consumes = MediaType.APPLICATION_FORM_URLENCODED)
  @Secured("ADMIN")
  HttpResponse<?> removeAsAdmin(
      HttpRequest<?> request,
      @PathVariable String username,
      @PathVariable String id,
      @Nullable String csrfToken) {
    csrf.require(request, csrfToken);
    String back = UriBuilder.of("/admin/users").path(username).toString();
    return done(
        back,
        () -> {
          passkeysUseCase.removeAsAdmin(
              new RemovePasskeyAsAdminCommand(
                  Forms.actor(request), username, passkeyId(id), clients.client(request)));
          return flash.redirect(
              back,
              Flash.Message.success("Passkey removed: it no longer signs " + username + " in."));
        });
  }

  // ---- signing in with a passkey alone ----

  @Post(
      uri = "/login/passkey/options",
      consumes = MediaType.APPLICATION_FORM_URLENCODED,
      produces = MediaType.APPLICATION_JSON)
  @Secured(SecurityRule.IS_ANONYMOUS)
  HttpResponse<?> signInOptions(HttpRequest<?> request, @Nullable String csrfToken) {
    csrf.require(request, csrfToken);
    return options(() -> ceremony(Purpose.SIGN_IN, "", relyingParty.startSignIn(Optional.empty())));
  }

  @Post(uri = "/login/passkey", consumes = MediaType.APPLICATION_FORM_URLENCODED)
  @Secured(SecurityRule.IS_ANONYMOUS)
  HttpResponse<?> signIn(
      HttpRequest<?> request, @Nullable String credential, @Nullable String csrfToken) {
    csrf.require(request, csrfToken);
    return done(
        "/",
        () -> {
          PasskeyAssertion assertion =
              verifiedSignIn(request, credential)
                  .orElseThrow(() -> passkeySignIn.notVerified(clients.client(request)));
          SignedIn signedIn =
              passkeySignIn.signIn(
                  assertion, clients.client(request), settings.sessionToken(request));
          return signedInResponse(request, signedIn);
        });
  }

  /** The verified answer to this browser's sign-in challenge; empty when it does not verify. */
  private Optional<PasskeyAssertion> verifiedSignIn(HttpRequest<?> request, String credential) {
    try {
      String ceremony = challenge(request, Purpose.SIGN_IN, "");
      return Optional.of(relyingParty.finishSignIn(ceremony, Forms.orEmpty(credential)));
    } catch (PasskeyRefusedException notVerified) {
      return Optional.empty();
    }
  }

  // ---- a passkey as the second step of a sign-in ----

  @Post(
      uri = "/login/2fa/passkey/options",
      consumes = MediaType.APPLICATION_FORM_URLENCODED,
      produces = MediaType.APPLICATION_JSON)
  @Secured(SecurityRule.IS_ANONYMOUS)
  HttpResponse<?> secondFactorOptions(HttpRequest<?> request, @Nullable String csrfToken) {
    csrf.require(request, csrfToken);
    Optional<String> pending = settings.cookieValue(request, WebSettings.PENDING_SIGN_IN_COOKIE);
    Optional<String> username =
        pending
            .flatMap(PendingSignIn::parse)
            .flatMap(completeSignIn::pendingUsername)
            .map(Username::value);
    if (username.isEmpty()) {
      return jsonError(HttpStatus.BAD_REQUEST, SignInExpiredException.MESSAGE);
    }
    return options(
        () -> ceremony(Purpose.SECOND_FACTOR, pending.get(), relyingParty.startSignIn(username)));
  }

  @Post(uri = "/login/2fa/passkey", consumes = MediaType.APPLICATION_FORM_URLENCODED)
  @Secured(SecurityRule.IS_ANONYMOUS)
  HttpResponse<?> secondFactor(
      HttpRequest<?> request, @Nullable String credential, @Nullable String csrfToken) {
    csrf.require(request, csrfToken);
    Optional<String> pendingValue =
        settings.cookieValue(request, WebSettings.PENDING_SIGN_IN_COOKIE);
    Optional<PendingSignIn> pending = pendingValue.flatMap(PendingSignIn::parse);
    if (pending.isEmpty()) {
      return flash.redirect("/", Flash.Message.warning(SignInExpiredException.MESSAGE));
    }
    return done(
        SecondStepController.PATH,
        () -> {
          String ceremony = challenge(request, Purpose.SECOND_FACTOR, pendingValue.get());
          PasskeyAssertion assertion =
              relyingParty.finishSignIn(ceremony, Forms.orEmpty(credential));
          SignedIn signedIn =
              completeSignIn.complete(
                  new CompleteSignInCommand(
                      pending.get(),
                      new SecondFactorProof.Passkey(assertion),
                      clients.client(request),
                      settings.sessionToken(request),
                      settings.deviceCookie(request)));
          return signedInResponse(request, signedIn);
        });
  }

  // ---- shared ----

  private MutableHttpResponse<?> signedInResponse(HttpRequest<?> request, SignedIn signedIn) {
    return SecondStepController.signedIn(settings, authConfig, request, signedIn)
        .cookie(settings.expiredCookie(WebSettings.PASSKEY_COOKIE));
  }

  /**
   * Starts a ceremony: keeps its request, sets the ceremony cookie, answers the browser options.
   */
  private MutableHttpResponse<?> ceremony(
      Purpose purpose, String binding, PasskeyRelyingParty.Ceremony started) {
    String id = ceremonies.begin(purpose, binding, started.request());
    return HttpResponse.ok(started.browserOptions())
        .contentType(MediaType.APPLICATION_JSON_TYPE)
        .cookie(
            settings.cookie(
                WebSettings.PASSKEY_COOKIE, id, SameSite.Strict, PasskeyCeremonies.LIFETIME));
  }

  /** The ceremony's request, taken out: single-use, bound, and unexpired, or refused. */
  private String challenge(HttpRequest<?> request, Purpose purpose, String binding) {
    return ceremonies
        .take(
            settings.cookieValue(request, WebSettings.PASSKEY_COOKIE).orElse(null),
            purpose,
            binding)
        .orElseThrow(
            () ->
                new PasskeyRefusedException(
                    "That passkey request has expired or was already used. Try again."));
  }

  private HttpResponse<?> options(Supplier<MutableHttpResponse<?>> start) {
    if (!relyingParty.enabled()) {
      return jsonError(HttpStatus.NOT_FOUND, "Passkeys are off on this site.");
    }
    try {
      return start.get();
    } catch (PasskeyRefusedException e) {
      return jsonError(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
    }
  }

  /** Runs a form's act; refusals go back to {@code back} with their message. */
  private HttpResponse<?> done(String back, Supplier<MutableHttpResponse<?>> act) {
    try {
      if (!relyingParty.enabled()) {
        throw new PasskeyRefusedException("Passkeys are off on this site.");
      }
      return act.get();
    } catch (PasskeyRefusedException e) {
      return flash
          .redirect(back, Flash.Message.danger(e.getMessage()))
          .cookie(settings.expiredCookie(WebSettings.PASSKEY_COOKIE));
    } catch (SignInExpiredException e) {
      return flash
          .redirect("/", Flash.Message.warning(e.getMessage()))
          .cookie(settings.expiredCookie(WebSettings.PENDING_SIGN_IN_COOKIE));
    } catch (LoginThrottledException e) {
      return flash
          .redirect(back, Flash.Message.danger(e.getMessage()))
          .header("Retry-After", Long.toString(Math.max(1, e.retryAfter().toSeconds())));
    } catch (AuthException e) {
      Forms.rethrowIfNotAFormError(e);
      return flash.redirect(back, Flash.Message.danger(e.getMessage()));
    }
  }

  private static PasskeyId passkeyId(String raw) {
    return PasskeyId.parse(raw)
        .orElseThrow(() -> new PasskeyRefusedException("There is no such passkey."));
  }

  private static String sessionBinding(SessionResolution.Active active) {
    return active.session().handle().value();
  }

  private static HttpResponse<?> jsonError(HttpStatus status, String message) {
    return HttpResponse.status(status)
        .contentType(MediaType.APPLICATION_JSON_TYPE)
        .body(Map.of("error", message));
  }
}
