package dev.authdash.core.port.out;

import dev.authdash.core.model.Session;
import dev.authdash.core.model.SessionEndReason;
import dev.authdash.core.model.SessionHandle;
import dev.authdash.core.model.TokenDigest;
import dev.authdash.core.model.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Outgoing port: where live sessions are kept, keyed by the digest of their token. A store forgets
 * a session by itself once its {@link Session#expiresAt()} has passed (a Redis TTL, a sweep), so
 * nothing piles up. {@link #find} may still return a session past its expiry that the store has not
 * forgotten yet — the core checks expiry, reports it and audits it — while {@link #touch} and
 * {@link #findByUser} never act on or list one. Thread-safe; throws {@link
 * dev.authdash.core.error.StoreUnavailableException} on outage.
 */
public interface SessionStore {

  void create(Session session);

  /** The session with this digest, possibly past its expiry if not yet forgotten; else empty. */
  Optional<Session> find(TokenDigest digest);

  /**
   * Records activity in one round trip: sets last seen and the new expiry, and returns the updated
   * session, or empty when it is gone.
   */
  Optional<Session> touch(TokenDigest digest, Instant lastSeenAt, Instant expiresAt);

  /**
   * What a request with this session's token needs, in one round trip where the store can: a live
   * session (expiry after {@code now}) is touched, last seen {@code now} and expiring at {@code now
   * + idleTimeout} capped by its absolute expiry, and returned as updated; a session past its
   * expiry is returned at most as it was, untouched (as {@link #find} does); else empty.
   */
  default Optional<Session> findAndTouch(TokenDigest digest, Instant now, Duration idleTimeout) {
    Optional<Session> found = find(digest);
    if (found.isEmpty() || found.get().isExpiredAt(now)) {
      return found;
    }
    Instant idle = now.plus(idleTimeout);
    Instant absolute = found.get().absoluteExpiresAt();
    return touch(digest, now, idle.isBefore(absolute) ? idle : absolute);
  }

  /** Removes one session; returns false when it was already gone. */
  boolean delete(TokenDigest digest);

  /** The user's live sessions, oldest first. */
  List<Session> findByUser(UserId userId);

  /** Removes the user's session with this handle; returns false when it has none such. */
  boolean deleteByHandle(UserId userId, SessionHandle handle);

  /** Removes every session of the user except the one with the given handle (if any). */
  int deleteAllByUser(UserId userId, Optional<SessionHandle> except);

  /**
   * Keeps why the session with this digest was ended until {@code forgetAt}, so that its browser
   * can be told once; a later note for the same digest replaces it.
   */
  void recordEnd(TokenDigest digest, SessionEndReason reason, Instant forgetAt);

  /** Why the session with this digest was ended, once: the note is forgotten as it is read. */
  Optional<SessionEndReason> takeEnd(TokenDigest digest);

  /** How many sessions are live now (expiry after the store's clock), of every user. */
  long countLive();

  default int countByUser(UserId userId) {
    return findByUser(userId).size();
  }
}
