package dev.authdash.web.controller;

import dev.authdash.core.error.AuthException;
import dev.authdash.core.error.InvalidUsernameException;
import dev.authdash.core.error.NotPermittedException;
import dev.authdash.core.error.PasswordRejectedException;
import dev.authdash.core.error.UsernameTakenException;
import dev.authdash.core.model.Actor;
import dev.authdash.core.model.SessionResolution;
import dev.authdash.web.security.RequestState;
import io.micronaut.http.HttpRequest;

/** Small helpers shared by the controllers. */
final class Forms {
  private Forms() {}

  /** Refusals that are not a form message go on to their error page ({@link Refusal}). */
  static void rethrowIfNotAFormError(AuthException e) {
    if (!Refusal.of(e.kind()).shownOnForm()) {
      throw e;
    }
  }

  /** The field of a user form that a refusal concerns ("" when it concerns the whole form). */
  static String fieldOf(AuthException e) {
    if (e instanceof InvalidUsernameException || e instanceof UsernameTakenException) {
      return "username";
    }
    if (e instanceof PasswordRejectedException) {
      return "password";
    }
    return "";
  }

  static SessionResolution.Active signedIn(HttpRequest<?> request) {
    return RequestState.active(request)
        .orElseThrow(() -> new NotPermittedException("Please sign in."));
  }

  static Actor actor(HttpRequest<?> request) {
    return Actor.of(signedIn(request).user());
  }

  static String orEmpty(String value) {
    return value == null ? "" : value;
  }

  /** "1 session", "2 sessions". */
  static String plural(int count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }
}
