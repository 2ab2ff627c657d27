package dev.authdash.web.controller;

import dev.authdash.core.error.RefusalKind;
import io.micronaut.http.HttpStatus;

/**
 * How the web answers each kind of refusal: whether a form shows it as its message (the usual
 * case), and else the status and title of the error page it gets. One exhaustive {@code switch}, so
 * a new kind of refusal cannot be left out.
 */
record Refusal(boolean shownOnForm, HttpStatus status, String title) {

  static Refusal of(RefusalKind kind) {
    return switch (kind) {
      case NOT_FOUND -> onForm(HttpStatus.NOT_FOUND, ErrorPages.NOT_FOUND_TITLE);
      case CONFLICT -> onForm(HttpStatus.CONFLICT, "Not possible now");
      case REFUSED_BY_POLICY -> onForm(HttpStatus.FORBIDDEN, "Not allowed");
      case INVALID_INPUT -> onForm(HttpStatus.BAD_REQUEST, "Bad request");
      case THROTTLED -> onForm(HttpStatus.TOO_MANY_REQUESTS, "Try again later");
      case NOT_AUTHENTICATED, SECOND_STEP -> onForm(HttpStatus.UNAUTHORIZED, "Not signed in");
      // A right taken away a moment ago: the whole page is refused, not one form.
      case NOT_PERMITTED -> new Refusal(false, HttpStatus.FORBIDDEN, "Access denied");
    };
  }

  private static Refusal onForm(HttpStatus status, String title) {
    return new Refusal(true, status, title);
  }
}
