package dev.authdash.web.controller;

import dev.authdash.core.model.Readiness;
import dev.authdash.core.port.in.CheckReadinessUseCase;
import io.micronaut.core.annotation.NonBlocking;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.util.stream.Collectors;

/**
 * Probes for load balancers and orchestrators. {@code /health} (liveness) answers from memory on
 * the event loop: it touches no store, so a probe costs less than any page and a store outage does
 * not make an orchestrator restart a process that is fine. {@code /health/ready} (readiness) says
 * whether the stores answer, probed at most once a second, and names those that do not.
 */
@Controller("/health")
@Secured(SecurityRule.IS_ANONYMOUS)
final class HealthController {
  private static final String UP = "{\"status\":\"UP\"}";

  private final CheckReadinessUseCase readiness;

  HealthController(CheckReadinessUseCase readiness) {
    this.readiness = readiness;
  }

  @Get(produces = MediaType.APPLICATION_JSON)
  @NonBlocking
  HttpResponse<String> live() {
    return HttpResponse.ok(UP).header(HttpHeaders.CACHE_CONTROL, "no-store");
  }

  /** Runs the probes on the blocking pool: a store that hangs must not hold the event loop. */
  @Get(uri = "/ready", produces = MediaType.APPLICATION_JSON)
  @ExecuteOn(TaskExecutors.BLOCKING)
  HttpResponse<String> ready() {
    Readiness result = readiness.check();
    if (result.isReady()) {
      return HttpResponse.ok(UP).header(HttpHeaders.CACHE_CONTROL, "no-store");
    }
    String down =
        result.down().stream().map(name -> "\"" + name + "\"").collect(Collectors.joining(","));
    return HttpResponse.<String>status(HttpStatus.SERVICE_UNAVAILABLE)
        .body("{\"status\":\"DOWN\",\"down\":[" + down + "]}")
        .header(HttpHeaders.CACHE_CONTROL, "no-store");
  }
}
