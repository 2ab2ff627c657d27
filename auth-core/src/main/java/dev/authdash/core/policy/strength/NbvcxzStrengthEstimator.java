package dev.authdash.core.policy.strength;

import dev.authdash.core.policy.StrengthEstimator;
import me.gosimple.nbvcxz.Nbvcxz;
import me.gosimple.nbvcxz.resources.Configuration;
import me.gosimple.nbvcxz.resources.ConfigurationBuilder;

/**
 * Password strength by nbvcxz: offline dictionaries of common passwords and words, plus keyboard
 * patterns, sequences, repeats and dates. The only class that sees the library.
 */
public final class NbvcxzStrengthEstimator implements StrengthEstimator {
  /** Below this many bits of estimated entropy a password is "easily guessed". */
  private static final double MINIMUM_ENTROPY_BITS = 40;

  /** Built on the first password checked: loading the dictionaries costs start-up ~0.2 s. */
  private Nbvcxz nbvcxz;

  @Override
  public boolean isEasilyGuessed(String password) {
    return !estimator().estimate(password).isMinimumEntropyMet();
  }

  private synchronized Nbvcxz estimator() {
    if (nbvcxz == null) {
      Configuration configuration =
          new ConfigurationBuilder().setMinimumEntropy(MINIMUM_ENTROPY_BITS).createConfiguration();
      nbvcxz = new Nbvcxz(configuration);
    }
    return nbvcxz;
  }
}
