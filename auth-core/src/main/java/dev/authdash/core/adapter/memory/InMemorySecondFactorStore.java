package dev.authdash.core.adapter.memory;

import dev.authdash.core.model.SecondFactor;
import dev.authdash.core.model.UserId;
import dev.authdash.core.port.out.SecondFactorStore;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** In-memory adapter of {@link SecondFactorStore}; each call is atomic per user. */
public final class InMemorySecondFactorStore implements SecondFactorStore {
  private final Map<UserId, SecondFactor> factors = new ConcurrentHashMap<>();
  private final Map<UserId, Set<String>> codes = new ConcurrentHashMap<>();

  @Override
  public Optional<SecondFactor> find(UserId userId) {
    return Optional.ofNullable(factors.get(userId));
  }

  @Override
  public void save(SecondFactor factor) {
    factors.merge(
        factor.userId(),
        factor,
        (old, given) ->
            given.lastUsedStep() >= old.lastUsedStep()
                ? given
                : new SecondFactor(
                    given.userId(),
                    given.encryptedSecret(),
                    given.enabled(),
                    given.createdAt(),
                    old.lastUsedStep()));
  }

  @Override
  public boolean useStep(UserId userId, long step) {
    boolean[] used = {false};
    factors.computeIfPresent(
        userId,
        (id, factor) -> {
          if (step <= factor.lastUsedStep()) {
            return factor;
          }
          used[0] = true;
          return new SecondFactor(
              id, factor.encryptedSecret(), factor.enabled(), factor.createdAt(), step);
        });
    return used[0];
  }

  @Override
  public boolean delete(UserId userId) {
    codes.remove(userId);
    return factors.remove(userId) != null;
  }

  @Override
  public void replaceRecoveryCodes(UserId userId, List<String> digests) {
    Set<String> fresh = ConcurrentHashMap.newKeySet();
    fresh.addAll(digests);
    codes.put(userId, fresh);
  }

  @Override
  public boolean useRecoveryCode(UserId userId, String digest) {
    Set<String> mine = codes.get(userId);
    return mine != null && mine.remove(digest);
  }

  @Override
  public int recoveryCodesLeft(UserId userId) {
    return codes.getOrDefault(userId, new HashSet<>()).size();
  }

  @Override
  public List<SecondFactor> findAll() {
    return List.copyOf(factors.values());
  }
}
