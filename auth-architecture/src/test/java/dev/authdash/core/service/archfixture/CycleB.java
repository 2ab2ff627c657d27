package dev.authdash.core.service.archfixture;

import dev.authdash.core.policy.archfixture.CycleA;

/** Deliberate violation (test fixture): the other half of a package cycle. */
public final class CycleB {
  public CycleA other;
}
