package dev.authdash.core.adapter.memory;

import dev.authdash.core.model.PasswordReset;
import dev.authdash.core.model.TokenDigest;
import dev.authdash.core.model.UserId;
import dev.authdash.core.port.out.PasswordResetStore;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** In-memory adapter of {@link PasswordResetStore}; expired links are swept out. */
public final class InMemoryPasswordResetStore implements PasswordResetStore {
  private final Map<TokenDigest, PasswordReset> resets = new ConcurrentHashMap<>();
  private final ExpirySweeper sweeper;

  public InMemoryPasswordResetStore(Clock clock) {
    this.sweeper = new ExpirySweeper(clock);
  }

  @Override
  public synchronized void save(PasswordReset reset) {
    sweeper.maybeSweep(() -> resets.values().removeIf(r -> r.isExpiredAt(sweeper.now())));
    resets.values().removeIf(r -> r.userId().equals(reset.userId()));
    resets.put(reset.tokenDigest(), reset);
  }

  @Override
  public Optional<PasswordReset> find(TokenDigest digest) {
    return Optional.ofNullable(resets.get(digest));
  }

  @Override
  public Optional<PasswordReset> take(TokenDigest digest) {
    return Optional.ofNullable(resets.remove(digest));
  }

  @Override
  public void deleteAllForUser(UserId userId) {
    resets.values().removeIf(r -> r.userId().equals(userId));
  }
}
