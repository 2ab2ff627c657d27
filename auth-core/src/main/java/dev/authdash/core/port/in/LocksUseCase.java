package dev.authdash.core.port.in;

import dev.authdash.core.model.Actor;
import dev.authdash.core.model.LockedName;
import java.util.List;

/** Incoming port (admin): the usernames locked now, and lifting one's lock. */
public interface LocksUseCase {
  /** At most this many locks are listed. */
  int MAX_LISTED = 200;

  /** The usernames locked now, the latest to lift first. */
  List<LockedName> lockedNow(Actor actor);

  /**
   * Lifts the lock of the typed username and forgets its failures (audited {@code LOCK_CLEARED});
   * the per-address limit is left as it is. Returns false when the name was not locked (nothing
   * audited).
   */
  boolean clearLock(ActOnUserCommand command);
}
