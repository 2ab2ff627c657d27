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
 * Answers 400 to a request whose {@code Host} is not one of the {@link AllowedHosts}, before any
 * controller runs. Health checks are exempt: load balancers probe by address and build no links.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class HostCheckFilter implements Ordered {
  private static final Logger LOG = LoggerFactory.getLogger(HostCheckFilter.class);

  private final AllowedHosts hosts;
  private final Pages pages;

  HostCheckFilter(AllowedHosts hosts, Pages pages) {
    this.hosts = hosts;
    this.pages = pages;
  }

  /** Right after the security headers filter, so the 400 page gets the headers too. */
  @Override
  public int getOrder() {
    return ServerFilterPhase.FIRST.after();
  }

  @RequestFilter
  @Nullable
  HttpResponse<?> checkHost(HttpRequest<?> request) {
    String host = request.getHeaders().get(HttpHeaders.HOST);
    if (host == null || hosts.allows(host) || request.getPath().startsWith("/health")) {
      return null;
    }
    LOG.info("Refused a request for host {} (not in AUTH_ALLOWED_HOSTS)", LogText.printable(host));
    return pages.error(
        request,
        HttpStatus.BAD_REQUEST,
        "Unknown host",
        "This server does not answer to that host name. The operator can allow it with"
            + " AUTH_PUBLIC_URL or AUTH_ALLOWED_HOSTS.");
  }
}
