package dev.authdash.core.service.violations;

import dev.authdash.core.policy.violations.CycleA;

/** Deliberate violation (test fixture): the other half of a package cycle. */
public final class CycleB {
  public CycleA other;
}
