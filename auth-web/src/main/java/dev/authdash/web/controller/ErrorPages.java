package dev.authdash.web.controller;

import dev.authdash.core.error.AuthException;
import dev.authdash.core.error.HashingBusyException;
import dev.authdash.core.error.StoreUnavailableException;
import dev.authdash.web.config.WebSettings;
import dev.authdash.web.security.CsrfRejectedException;
import dev.authdash.web.security.NextCookie;
import dev.authdash.web.security.RequestState;
import dev.authdash.web.security.SafeRedirect;
import dev.authdash.web.view.Flash;
import dev.authdash.web.view.Pages;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.AuthorizationException;
import io.micronaut.security.authentication.DefaultAuthorizationExceptionHandler;
import io.micronaut.security.rules.SecurityRule;
import jakarta.inject.Singleton;
import java.net.URI;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Error pages in the layout (4xx, 500, 503); nobody ever sees a stack trace. */
@Controller(produces = MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_ANONYMOUS)
final class ErrorPages {
  static final String NOT_FOUND_TITLE = "Page not found";
  static final String BAD_REQUEST_TITLE = "Bad request";

  private final Pages pages;

  ErrorPages(Pages pages) {
    this.pages = pages;
  }

  @Error(status = HttpStatus.NOT_FOUND, global = true)
  HttpResponse<?> notFound(HttpRequest<?> request) {
    return pages.error(
        request,
        HttpStatus.NOT_FOUND,
        NOT_FOUND_TITLE,
        "There is nothing at this address. Check the link, or go back to the start.");
  }

  @Error(status = HttpStatus.METHOD_NOT_ALLOWED, global = true)
  HttpResponse<?> methodNotAllowed(HttpRequest<?> request) {
    return pages.error(
        request,
        HttpStatus.METHOD_NOT_ALLOWED,
        "Not allowed here",
        "This address does not accept that kind of request.");
  }

  @Error(status = HttpStatus.REQUEST_ENTITY_TOO_LARGE, global = true)
  HttpResponse<?> tooLarge(HttpRequest<?> request) {
    return pages.error(
        request,
        HttpStatus.REQUEST_ENTITY_TOO_LARGE,
        "Too much data",
        "What was sent is far larger than any form here accepts.");
  }

  /** A store is down: say so, and let the browser retry; the app recovers by itself. */
  @Singleton
  static final class StoreUnavailable
      implements ExceptionHandler<StoreUnavailableException, HttpResponse<?>> {
    private static final Logger LOG = LoggerFactory.getLogger(StoreUnavailable.class);
    private final Pages pages;

    StoreUnavailable(Pages pages) {
      this.pages = pages;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, StoreUnavailableException exception) {
      LOG.warn(
          "{} {}: {}",
          request.getMethod(),
          request.getPath(),
          exception.getMessage(),
          exception.getCause());
      return pages
          .error(
              request,
              HttpStatus.SERVICE_UNAVAILABLE,
              "Temporarily unavailable",
              exception.getMessage())
          .header("Retry-After", "5");
    }
  }

  /**
   * Every password-hashing slot is taken (a sign-in flood): refused at once, nothing was counted
   * against the account; the browser may try again in a second.
   */
  @Singleton
  static final class HashingBusy
      implements ExceptionHandler<HashingBusyException, HttpResponse<?>> {
    private final Pages pages;

    HashingBusy(Pages pages) {
      this.pages = pages;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, HashingBusyException exception) {
      return pages
          .error(request, HttpStatus.SERVICE_UNAVAILABLE, "Busy", exception.getMessage())
          .header("Retry-After", "1");
    }
  }

  /** A POST without a valid CSRF token: refused before anything was done. */
  @Singleton
  static final class CsrfRejected
      implements ExceptionHandler<CsrfRejectedException, HttpResponse<?>> {
    private final Pages pages;

    CsrfRejected(Pages pages) {
      this.pages = pages;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, CsrfRejectedException exception) {
      return pages.error(
          request,
          HttpStatus.FORBIDDEN,
          "Form expired",
          "This form was not accepted: it had expired or did not come from this site."
              + " Go back, reload the page and try again.");
    }
  }

  /** A POST to an address with nothing there: the 404 page, saying what was not found. */
  @Singleton
  static final class NoSuchPage implements ExceptionHandler<NoSuchPageException, HttpResponse<?>> {
    private final Pages pages;

    NoSuchPage(Pages pages) {
      this.pages = pages;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, NoSuchPageException exception) {
      return pages.error(request, HttpStatus.NOT_FOUND, exception.title(), exception.getMessage());
    }
  }

  /**
   * A refusal of the core that no page answered itself, e.g. an act refused for lack of rights (a
   * role removed a moment ago): the error page of its kind, with its message.
   */
  @Singleton
  static final class Refused implements ExceptionHandler<AuthException, HttpResponse<?>> {
    private final Pages pages;

    Refused(Pages pages) {
      this.pages = pages;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, AuthException exception) {
      Refusal refusal = Refusal.of(exception.kind());
      return pages.error(request, refusal.status(), refusal.title(), exception.getMessage());
    }
  }

  /** Anything unexpected: logged in full, shown as a plain 500 page. */
  @Singleton
  static final class Unexpected implements ExceptionHandler<Exception, HttpResponse<?>> {
    private static final Logger LOG = LoggerFactory.getLogger(Unexpected.class);
    private final Pages pages;

    Unexpected(Pages pages) {
      this.pages = pages;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, Exception exception) {
      LOG.error("{} {} failed", request.getMethod(), request.getPath(), exception);
      return pages.error(
          request,
          HttpStatus.INTERNAL_SERVER_ERROR,
          "Something went wrong",
          "The request could not be completed. It has been logged; please try again.");
    }
  }

  /**
   * Rejections: an anonymous visitor (or one whose session ran out) goes to the login page, the
   * page it wanted remembered; a signed-in user without the right gets the 403 page; a form without
   * a valid CSRF token gets the 403 page too, and nothing is done.
   */
  @Singleton
  @Replaces(DefaultAuthorizationExceptionHandler.class)
  static final class Rejections
      implements ExceptionHandler<AuthorizationException, MutableHttpResponse<?>> {
    private static final Duration NEXT_LIFETIME = Duration.ofMinutes(10);
    private final Pages pages;
    private final Flash flash;
    private final WebSettings settings;

    Rejections(Pages pages, Flash flash, WebSettings settings) {
      this.pages = pages;
      this.flash = flash;
      this.settings = settings;
    }

    @Override
    public MutableHttpResponse<?> handle(HttpRequest request, AuthorizationException exception) {
      if (!exception.isForbidden()) {
        return toLogin(request);
      }
      return pages.error(
          request,
          HttpStatus.FORBIDDEN,
          "Access denied",
          "You do not have permission to open this page.");
    }

    private MutableHttpResponse<?> toLogin(HttpRequest<?> request) {
      MutableHttpResponse<?> response = HttpResponse.seeOther(URI.create("/"));
      if (request.getMethod() == HttpMethod.GET) {
        SafeRedirect.sameSitePath(request.getUri().toString())
            .ifPresent(
                path ->
                    response.cookie(
                        settings.cookie(
                            WebSettings.NEXT_COOKIE,
                            NextCookie.encode(path),
                            SameSite.Lax,
                            NEXT_LIFETIME)));
      }
      if (RequestState.isExpired(request)) {
        flash.attach(response, Flash.Message.warning(Pages.SESSION_EXPIRED));
      }
      RequestState.endReason(request).ifPresent(why -> flash.attach(response, Pages.ended(why)));
      if (settings.hasSessionCookie(request)) {
        response.cookie(settings.expiredCookie(WebSettings.SESSION_COOKIE));
      }
      return response;
    }
  }
}
