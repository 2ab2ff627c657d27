package dev.authdash.web.security;

import dev.authdash.web.view.Pages;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers 431 to a request with more cookies than any browser keeps for one site (this app sets
 * five): a "cookie bomb" is refused before the cookies are decoded, with a page that says what to
 * do. Larger cookie data is refused by Netty's header size limit already.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class TooManyCookiesFilter implements Ordered {
  static final int MAX_COOKIES = 150;
  private static final Logger LOG = LoggerFactory.getLogger(TooManyCookiesFilter.class);

  private final Pages pages;

  TooManyCookiesFilter(Pages pages) {
    this.pages = pages;
  }

  @Override
  public int getOrder() {
    return ServerFilterPhase.FIRST.after();
  }

  @RequestFilter
  @Nullable
  HttpResponse<?> checkCookies(HttpRequest<?> request) {
    int cookies = 0;
    for (String header : request.getHeaders().getAll(HttpHeaders.COOKIE)) {
      cookies += header.split(";").length;
    }
    if (cookies <= MAX_COOKIES) {
      return null;
    }
    LOG.info("Refused a request with {} cookies (at most {})", cookies, MAX_COOKIES);
    return pages.error(
        request,
        HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE,
        "Too many cookies",
        "Your browser sent more cookies than this site can accept."
            + " Clear this site's cookies and try again.");
  }
}
