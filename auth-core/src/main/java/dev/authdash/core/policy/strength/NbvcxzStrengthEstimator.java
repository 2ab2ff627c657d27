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

  private final Nbvcxz nbvcxz;

  public NbvcxzStrengthEstimator() {
    // Building the configuration loads the dictionaries: do it once and share the instance.
    Configuration configuration =
        new ConfigurationBuilder().setMinimumEntropy(MINIMUM_ENTROPY_BITS).createConfiguration();
    this.nbvcxz = new Nbvcxz(configuration);
  }

  @Override
  public boolean isEasilyGuessed(String password) {
    return !nbvcxz.estimate(password).isMinimumEntropyMet();
  }
}
