package dev.authdash.core.adapter.memory;

import dev.authdash.core.error.EmailTakenException;
import dev.authdash.core.error.UsernameTakenException;
import dev.authdash.core.model.Batch;
import dev.authdash.core.model.EmailAddress;
import dev.authdash.core.model.Page;
import dev.authdash.core.model.PendingEmail;
import dev.authdash.core.model.Role;
import dev.authdash.core.model.TokenDigest;
import dev.authdash.core.model.User;
import dev.authdash.core.model.UserId;
import dev.authdash.core.model.UserQuery;
import dev.authdash.core.model.Username;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** In-memory adapter of {@link dev.authdash.core.port.out.UserRepository}: a map, thread-safe. */
public final class InMemoryUserRepository implements dev.authdash.core.port.out.UserRepository {
  private final Map<UserId, User> byId = new ConcurrentHashMap<>();
  private final Map<Username, UserId> byName = new ConcurrentHashMap<>();
  private final Map<UserId, Long> deviceEpochs = new ConcurrentHashMap<>();

  @Override
  public Optional<User> findById(UserId id) {
    return Optional.ofNullable(byId.get(id));
  }

  @Override
  public Optional<User> findByUsername(Username username) {
    return Optional.ofNullable(byName.get(username)).map(byId::get);
  }

  @Override
  public Optional<User> findByVerifiedEmail(EmailAddress address) {
    return byId.values().stream()
        .filter(u -> u.verifiedEmail().filter(address::equals).isPresent())
        .findFirst();
  }

  @Override
  public Optional<User> findByPendingEmail(TokenDigest tokenDigest) {
    return byId.values().stream()
        .filter(
            u ->
                u.pendingEmailIfAny()
                    .map(PendingEmail::tokenDigest)
                    .filter(tokenDigest::equals)
                    .isPresent())
        .findFirst();
  }

  @Override
  public synchronized void add(User user) {
    checkEmailFree(user);
    if (byName.putIfAbsent(user.username(), user.id()) != null) {
      throw new UsernameTakenException();
    }
    byId.put(user.id(), user);
  }

  @Override
  public synchronized boolean update(User user) {
    User old = byId.get(user.id());
    if (old == null) {
      return false;
    }
    checkEmailFree(user);
    if (!old.username().equals(user.username())) {
      if (byName.putIfAbsent(user.username(), user.id()) != null) {
        throw new UsernameTakenException();
      }
      byName.remove(old.username());
    }
    byId.put(user.id(), user);
    return true;
  }

  private void checkEmailFree(User user) {
    Optional<EmailAddress> verified = user.verifiedEmail();
    if (verified.isPresent()
        && findByVerifiedEmail(verified.get()).filter(u -> !u.id().equals(user.id())).isPresent()) {
      throw new EmailTakenException();
    }
  }

  @Override
  public synchronized boolean delete(UserId id) {
    User old = byId.remove(id);
    if (old == null) {
      return false;
    }
    byName.remove(old.username());
    deviceEpochs.remove(id);
    return true;
  }

  @Override
  public long deviceEpoch(UserId id) {
    return deviceEpochs.getOrDefault(id, 0L);
  }

  @Override
  public synchronized void advanceDeviceEpoch(UserId id) {
    if (byId.containsKey(id)) {
      deviceEpochs.merge(id, 1L, Long::sum);
    }
  }

  @Override
  public Page<User> list(UserQuery query) {
    List<User> matching =
        byId.values().stream()
            .filter(u -> matches(query, u))
            .sorted(Comparator.comparing(u -> u.username().value()))
            .toList();
    List<User> page =
        matching.stream().skip(query.page().offset()).limit(query.page().size()).toList();
    return new Page<>(page, query.page(), matching.size());
  }

  @Override
  public Batch<User, Username> listAfter(UserQuery query, Optional<Username> after, int limit) {
    Batch.requireLimit(limit);
    List<User> batch =
        byId.values().stream()
            .filter(u -> matches(query, u))
            .filter(u -> after.map(a -> u.username().value().compareTo(a.value()) > 0).orElse(true))
            .sorted(Comparator.comparing(u -> u.username().value()))
            .limit(limit)
            .toList();
    return Batch.of(batch, limit, batch.isEmpty() ? null : batch.get(batch.size() - 1).username());
  }

  private static boolean matches(UserQuery query, User user) {
    return query.search().map(s -> user.username().value().contains(s)).orElse(true)
        && query.role().map(r -> user.role() == r).orElse(true);
  }

  @Override
  public long countByRole(Role role) {
    return byId.values().stream().filter(u -> u.role() == role).count();
  }

  @Override
  public long count() {
    return byId.size();
  }
}
