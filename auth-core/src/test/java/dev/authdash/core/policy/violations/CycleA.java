package dev.authdash.core.policy.violations;

import dev.authdash.core.service.violations.CycleB;

/** Deliberate violation (test fixture): one half of a package cycle. */
public final class CycleA {
  public CycleB other;
}
