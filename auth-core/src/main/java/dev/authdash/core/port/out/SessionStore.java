package dev.authdash.core.port.out;

import dev.authdash.core.model.Session;
import dev.authdash.core.model.SessionHandle;
import dev.authdash.core.model.TokenDigest;
import dev.authdash.core.model.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Outgoing port: where live sessions are kept, keyed by the digest of their token. A store forgets
 * a session by itself once its {@link Session#expiresAt()} has passed, and never returns one that
 * has. Thread-safe; throws {@link dev.authdash.core.error.StoreUnavailableException} on outage.
 */
public interface SessionStore {

  void create(Session session);

  Optional<Session> find(TokenDigest digest);

  /**
   * Records activity in one round trip: sets last seen and the new expiry, and returns the updated
   * session, or empty when it is gone.
   */
  Optional<Session> touch(TokenDigest digest, Instant lastSeenAt, Instant expiresAt);

  /** Removes one session; returns false when it was already gone. */
  boolean delete(TokenDigest digest);

  /** The user's live sessions, oldest first. */
  List<Session> findByUser(UserId userId);

  /** Removes the user's session with this handle; returns false when it has none such. */
  boolean deleteByHandle(UserId userId, SessionHandle handle);

  /** Removes every session of the user except the one with the given handle (if any). */
  int deleteAllByUser(UserId userId, Optional<SessionHandle> except);

  default int countByUser(UserId userId) {
    return findByUser(userId).size();
  }
}
