package dev.authdash.web.security;

import dev.authdash.core.model.SessionResolution;
import dev.authdash.core.model.SessionToken;
import dev.authdash.core.port.in.ResolveSessionUseCase;
import dev.authdash.web.config.WebSettings;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.filters.AuthenticationFetcher;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * Resolves our own session cookie through the core on each request (which counts as activity). The
 * user and role are read afresh every time, so role changes and deletions bite at once. The store
 * call runs on the blocking pool, never on the event loop.
 */
@Singleton
final class CoreAuthenticationFetcher implements AuthenticationFetcher<HttpRequest<?>> {
  private final ResolveSessionUseCase resolveSession;
  private final WebSettings settings;
  private final Scheduler blocking;

  CoreAuthenticationFetcher(
      ResolveSessionUseCase resolveSession,
      WebSettings settings,
      @Named(TaskExecutors.BLOCKING) ExecutorService pool) {
    this.resolveSession = resolveSession;
    this.settings = settings;
    this.blocking = Schedulers.fromExecutorService(pool);
  }

  @Override
  public Publisher<Authentication> fetchAuthentication(HttpRequest<?> request) {
    if (!RequestState.resolvesSession(request)) {
      return Mono.empty();
    }
    Optional<SessionToken> token = settings.sessionToken(request);
    if (token.isEmpty()) {
      return Mono.empty();
    }
    return Mono.fromCallable(() -> resolve(request, token.get())).subscribeOn(blocking);
  }

  private Authentication resolve(HttpRequest<?> request, SessionToken token) {
    SessionResolution resolution = resolveSession.resolve(token);
    if (resolution instanceof SessionResolution.Active active) {
      RequestState.signedIn(request, active, token);
      return Authentication.build(
          active.user().username().value(),
          List.of(active.user().role().name()),
          Map.of("sessionHandle", active.session().handle().value()));
    }
    if (resolution instanceof SessionResolution.Expired) {
      RequestState.expired(request);
    } else {
      RequestState.missing(request);
      // Told once, so only to a page load (a script's POST would use the note up unseen).
      if (request.getMethod() == HttpMethod.GET) {
        resolveSession.whyEnded(token).ifPresent(why -> RequestState.ended(request, why));
      }
    }
    return null;
  }

  @Override
  public int getOrder() {
    return 0;
  }
}
