package dev.authdash.web.controller;

/**
 * Thrown by a POST route that has nothing at its address (an unknown act): answered by {@link
 * ErrorPages.NoSuchPage} with the 404 page and this message. Thrown rather than returned, because
 * Micronaut answers a 404 response from a route by running the global 404 route too, which cannot
 * read a form body the route has already read, and fails with a 500.
 */
final class NoSuchPageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String title;

  NoSuchPageException(String message) {
    this(ErrorPages.NOT_FOUND_TITLE, message);
  }

  NoSuchPageException(String title, String message) {
    super(message, null, false, false);
    this.title = title;
  }

  String title() {
    return title;
  }
}
