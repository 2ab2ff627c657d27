package dev.authdash.core.policy.archfixture;

import me.gosimple.nbvcxz.Nbvcxz;

/** Deliberate violation (test fixture): the strength library used outside its package. */
public final class PolicyThatUsesNbvcxz {
  public Nbvcxz estimator;
}
