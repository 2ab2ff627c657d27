package dev.authdash.web.controller;

import dev.authdash.core.error.AuthException;
import dev.authdash.web.view.Flash;
import io.micronaut.http.HttpResponse;
import java.util.function.Supplier;

/** How an admin's act on a user ends, whichever page its form was on. */
final class AdminActs {
  private AdminActs() {}

  /**
   * Runs an act and goes back (to the panel or the user's page) with its outcome as a message: what
   * it did, or the refusal when it is one a form shows (others go on to their error page).
   */
  static HttpResponse<?> run(Flash flash, String back, Supplier<String> action) {
    try {
      return flash.redirect(back, Flash.Message.success(action.get()));
    } catch (AuthException e) {
      Forms.rethrowIfNotAFormError(e);
      return flash.redirect(back, Flash.Message.danger(e.getMessage()));
    }
  }
}
