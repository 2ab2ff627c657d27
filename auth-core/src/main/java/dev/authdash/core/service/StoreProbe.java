package dev.authdash.core.service;

import java.util.Objects;

/**
 * One store to probe for readiness: its name as operators know it ("database", "redis") and a cheap
 * call that throws when the store does not answer.
 */
public record StoreProbe(String name, Runnable call) {
  public StoreProbe {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(call, "call");
  }
}
