package dev.authdash.web.controller;

import dev.authdash.web.security.LogText;
import dev.authdash.web.view.Pages;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.netty.handler.codec.DecoderException;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Requests Netty could not decode: a request line over {@code max-initial-line-length} (414),
 * headers over {@code max-header-size} (431), a form with a broken {@code %} escape (400). They are
 * the client's fault, so they get a 4xx page and one log line, never the 500 page and a stack
 * trace.
 */
@Singleton
final class MalformedRequests implements ExceptionHandler<DecoderException, HttpResponse<?>> {
  private static final Logger LOG = LoggerFactory.getLogger(MalformedRequests.class);

  private final Pages pages;

  MalformedRequests(Pages pages) {
    this.pages = pages;
  }

  @Override
  public HttpResponse<?> handle(HttpRequest request, DecoderException exception) {
    LOG.info(
        "Refused an undecodable request {} {}: {}",
        request.getMethod(),
        LogText.printable(request.getPath()),
        LogText.printable(exception.getMessage()));
    if (exception instanceof TooLongHttpLineException) {
      return pages.error(
          request,
          HttpStatus.REQUEST_URI_TOO_LONG,
          "Address too long",
          "The address of this request is too long. Shorten the search or the link.");
    }
    if (exception instanceof TooLongHttpHeaderException) {
      return pages.error(
          request,
          HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE,
          "Request too large",
          "The request carried too much header data (often: too many cookies)."
              + " Clear this site's cookies and try again.");
    }
    return pages.error(
        request,
        HttpStatus.BAD_REQUEST,
        "Bad request",
        "The request could not be read. Go back, reload the page and try again.");
  }
}
