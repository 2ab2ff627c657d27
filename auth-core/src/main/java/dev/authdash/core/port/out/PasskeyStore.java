package dev.authdash.core.port.out;

import dev.authdash.core.model.Passkey;
import dev.authdash.core.model.PasskeyId;
import dev.authdash.core.model.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Outgoing port: where passkeys (WebAuthn credentials) are kept: public keys, signature counts and
 * their owners' names for them; nothing secret. A credential id is unique across all users. {@link
 * #recordUse} is atomic, so that of two concurrent uses of one counter value (threads or processes)
 * exactly one succeeds. A user's passkeys go when the user is deleted. Thread-safe; throws {@link
 * dev.authdash.core.error.StoreUnavailableException} on outage.
 */
public interface PasskeyStore {

  /** Stores a new passkey; false (nothing changed) when its credential id is already stored. */
  boolean add(Passkey passkey);

  Optional<Passkey> find(PasskeyId id);

  /** The user's passkeys, oldest first. */
  List<Passkey> findByUser(UserId userId);

  /**
   * Records a use with the signature count the authenticator reported, only when the count moved
   * forward, or when both the stored and the reported count are 0 (an authenticator that keeps no
   * counter); false when it did not (a cloned authenticator, a replay) or there is no such passkey.
   */
  boolean recordUse(PasskeyId id, long signatureCount, Instant at);

  /** Renames the user's passkey; false when the user has no such passkey. */
  boolean rename(UserId userId, PasskeyId id, String label);

  /** Removes the user's passkey; false when the user has no such passkey. */
  boolean delete(UserId userId, PasskeyId id);

  /** Removes every passkey of the user; returns how many there were. */
  int deleteAllForUser(UserId userId);
}
