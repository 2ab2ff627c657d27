package dev.authdash.core.port.in;

import dev.authdash.core.model.Readiness;

/**
 * Incoming port: whether the stores this instance needs answer, for a readiness probe (a load
 * balancer or an orchestrator deciding whether to send it traffic).
 */
public interface CheckReadinessUseCase {

  /** The stores that did not answer; may be a result of up to a second ago. */
  Readiness check();
}
