package dev.authdash.core.port.out;

import dev.authdash.core.model.SecondFactor;
import dev.authdash.core.model.UserId;
import java.util.List;
import java.util.Optional;

/**
 * Outgoing port: where second factors are kept: each user's TOTP key (encrypted by the core before
 * it gets here), the last time step a code was used for, and the digests of unused recovery codes.
 * The two "use" calls are atomic, so that of two concurrent uses of one code (threads or processes)
 * exactly one succeeds. Thread-safe; throws {@link
 * dev.authdash.core.error.StoreUnavailableException} on outage.
 */
public interface SecondFactorStore {

  /** The user's factor, enabled or still enrolling; empty when none. */
  Optional<SecondFactor> find(UserId userId);

  /**
   * Inserts or replaces the user's factor (a new enrolment replaces an unconfirmed one). The last
   * used step never goes back: the stored one is kept when it is newer than the given one.
   */
  void save(SecondFactor factor);

  /**
   * Records that a code for {@code step} was accepted, only when it is newer than the last one;
   * false when {@code step} is not newer (a replay) or the user has no factor.
   */
  boolean useStep(UserId userId, long step);

  /** Removes the user's factor and recovery codes; false when there was no factor. */
  boolean delete(UserId userId);

  /** Replaces the user's recovery codes by these digests. */
  void replaceRecoveryCodes(UserId userId, List<String> digests);

  /** Removes the recovery code with this digest; false when the user has no such unused code. */
  boolean useRecoveryCode(UserId userId, String digest);

  int recoveryCodesLeft(UserId userId);

  /** Every stored factor (for re-encryption under a new key). */
  List<SecondFactor> findAll();
}
