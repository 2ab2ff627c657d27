package dev.authdash.core.port.out;

import dev.authdash.core.model.PasswordReset;
import dev.authdash.core.model.TokenDigest;
import dev.authdash.core.model.UserId;
import java.util.Optional;

/**
 * Outgoing port: pending password resets, keyed by the digest of the link's token. Thread-safe;
 * throws {@link dev.authdash.core.error.StoreUnavailableException} on outage.
 */
public interface PasswordResetStore {

  /** Stores a reset, replacing any earlier one of the same user (one live link per user). */
  void save(PasswordReset reset);

  /** The reset with this digest, if any (possibly expired: the core checks). */
  Optional<PasswordReset> find(TokenDigest digest);

  /**
   * Removes and returns the reset with this digest, atomically: of two concurrent takes of one
   * link, exactly one gets it.
   */
  Optional<PasswordReset> take(TokenDigest digest);

  /** Removes every pending reset of the user (after deletion, or a reset by other means). */
  void deleteAllForUser(UserId userId);
}
