package dev.authdash.core.policy.archfixture;

import dev.authdash.core.service.archfixture.CycleB;

/** Deliberate violation (test fixture): one half of a package cycle. */
public final class CycleA {
  public CycleB other;
}
