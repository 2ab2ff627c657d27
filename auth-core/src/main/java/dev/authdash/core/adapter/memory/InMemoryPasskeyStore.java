package dev.authdash.core.adapter.memory;

import dev.authdash.core.model.Passkey;
import dev.authdash.core.model.PasskeyId;
import dev.authdash.core.model.UserId;
import dev.authdash.core.port.out.PasskeyStore;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** In-memory adapter of {@link PasskeyStore}; each call is atomic per passkey. */
public final class InMemoryPasskeyStore implements PasskeyStore {
  private final Map<PasskeyId, Passkey> passkeys = new ConcurrentHashMap<>();

  @Override
  public boolean add(Passkey passkey) {
    return passkeys.putIfAbsent(passkey.id(), passkey) == null;
  }

  @Override
  public Optional<Passkey> find(PasskeyId id) {
    return Optional.ofNullable(passkeys.get(id));
  }

  @Override
  public List<Passkey> findByUser(UserId userId) {
    return passkeys.values().stream()
        .filter(passkey -> passkey.userId().equals(userId))
        .sorted(Comparator.comparing(Passkey::createdAt).thenComparing(p -> p.id().value()))
        .toList();
  }

  @Override
  public boolean recordUse(PasskeyId id, long signatureCount, Instant at) {
    boolean[] used = {false};
    passkeys.computeIfPresent(
        id,
        (key, passkey) -> {
          long stored = passkey.signatureCount();
          if (signatureCount <= stored && (signatureCount != 0 || stored != 0)) {
            return passkey;
          }
          used[0] = true;
          return new Passkey(
              passkey.id(),
              passkey.userId(),
              passkey.publicKeyCose(),
              signatureCount,
              passkey.userHandle(),
              passkey.label(),
              passkey.createdAt(),
              Optional.of(at),
              passkey.transports());
        });
    return used[0];
  }

  @Override
  public boolean rename(UserId userId, PasskeyId id, String label) {
    boolean[] renamed = {false};
    passkeys.computeIfPresent(
        id,
        (key, passkey) -> {
          if (!passkey.userId().equals(userId)) {
            return passkey;
          }
          renamed[0] = true;
          return passkey.withLabel(label);
        });
    return renamed[0];
  }

  @Override
  public boolean delete(UserId userId, PasskeyId id) {
    Passkey passkey = passkeys.get(id);
    return passkey != null && passkey.userId().equals(userId) && passkeys.remove(id, passkey);
  }

  @Override
  public int deleteAllForUser(UserId userId) {
    int removed = 0;
    for (Passkey passkey : findByUser(userId)) {
      if (passkeys.remove(passkey.id(), passkey)) {
        removed++;
      }
    }
    return removed;
  }
}
