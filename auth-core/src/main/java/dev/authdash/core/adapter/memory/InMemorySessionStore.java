package dev.authdash.core.adapter.memory;

import dev.authdash.core.model.Session;
import dev.authdash.core.model.SessionEndReason;
import dev.authdash.core.model.SessionHandle;
import dev.authdash.core.model.TokenDigest;
import dev.authdash.core.model.UserId;
import dev.authdash.core.port.out.SessionStore;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * In-memory adapter of {@link SessionStore}: sessions of this process only, forgotten on restart.
 * Expired sessions are swept out as time passes (at most a minute late).
 */
public final class InMemorySessionStore implements SessionStore {
  private final Map<TokenDigest, Session> sessions = new ConcurrentHashMap<>();
  private final Map<TokenDigest, EndNote> ends = new ConcurrentHashMap<>();
  private final ExpirySweeper sweeper;

  public InMemorySessionStore(Clock clock) {
    this.sweeper = new ExpirySweeper(clock);
  }

  @Override
  public void create(Session session) {
    sweeper.maybeSweep(this::sweep);
    sessions.put(session.tokenDigest(), session);
  }

  @Override
  public Optional<Session> find(TokenDigest digest) {
    // Expired but not yet swept sessions are returned, so the core can tell "expired" from
    // "never existed" and audit the expiry.
    return Optional.ofNullable(sessions.get(digest));
  }

  @Override
  public Optional<Session> touch(TokenDigest digest, Instant lastSeenAt, Instant expiresAt) {
    sweeper.maybeSweep(this::sweep);
    return Optional.ofNullable(
        sessions.computeIfPresent(
            digest, (d, s) -> live(s) ? s.touched(lastSeenAt, expiresAt) : null));
  }

  @Override
  public boolean delete(TokenDigest digest) {
    return sessions.remove(digest) != null;
  }

  @Override
  public List<Session> findByUser(UserId userId) {
    return sessions.values().stream()
        .filter(s -> s.userId().equals(userId))
        .filter(this::live)
        .sorted(Comparator.comparing(Session::createdAt))
        .toList();
  }

  @Override
  public boolean deleteByHandle(UserId userId, SessionHandle handle) {
    return sessions
        .values()
        .removeIf(s -> s.userId().equals(userId) && s.handle().equals(handle) && live(s));
  }

  @Override
  public int deleteAllByUser(UserId userId, Optional<SessionHandle> except) {
    int[] removed = {0};
    sessions
        .values()
        .removeIf(
            s -> {
              boolean hit =
                  s.userId().equals(userId) && except.map(h -> !h.equals(s.handle())).orElse(true);
              if (hit && live(s)) {
                removed[0]++;
              }
              return hit;
            });
    return removed[0];
  }

  @Override
  public void recordEnd(TokenDigest digest, SessionEndReason reason, Instant forgetAt) {
    sweeper.maybeSweep(this::sweep);
    ends.put(digest, new EndNote(reason, forgetAt));
  }

  @Override
  public Optional<SessionEndReason> takeEnd(TokenDigest digest) {
    return Optional.ofNullable(ends.remove(digest))
        .filter(note -> note.forgetAt().isAfter(sweeper.now()))
        .map(EndNote::reason);
  }

  @Override
  public long countLive() {
    return sessions.values().stream().filter(this::live).count();
  }

  /** How many entries are held, expired or not (for tests of the sweep). */
  public int size() {
    return sessions.size();
  }

  private boolean live(Session session) {
    return !session.isExpiredAt(sweeper.now());
  }

  private void sweep() {
    sessions.values().removeIf(s -> !live(s));
    ends.values().removeIf(note -> !note.forgetAt().isAfter(sweeper.now()));
  }

  private record EndNote(SessionEndReason reason, Instant forgetAt) {}
}
