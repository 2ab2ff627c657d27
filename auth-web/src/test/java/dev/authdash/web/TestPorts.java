package dev.authdash.web;

import dev.authdash.core.adapter.memory.InMemoryUserRepository;
import dev.authdash.core.error.StoreUnavailableException;
import dev.authdash.core.model.Page;
import dev.authdash.core.model.Role;
import dev.authdash.core.model.User;
import dev.authdash.core.model.UserId;
import dev.authdash.core.model.UserQuery;
import dev.authdash.core.model.Username;
import dev.authdash.core.port.out.UserRepository;
import dev.authdash.core.testing.MutableClock;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Port beans for the tests: a clock they move by hand (expiry without sleeping) and a user store
 * that can be switched off to act like a database outage. Their presence also proves that the app's
 * in-memory fallbacks step aside for other port beans.
 */
@Factory
class TestPorts {

  @Singleton
  MutableClock clock() {
    return MutableClock.startingNow();
  }

  @Singleton
  SwitchableUserRepository users() {
    return new SwitchableUserRepository();
  }

  /** Test adapter of {@link UserRepository}: in memory, or unavailable when switched off. */
  static final class SwitchableUserRepository implements UserRepository {
    private final InMemoryUserRepository delegate = new InMemoryUserRepository();
    private volatile boolean down;

    void setDown(boolean value) {
      down = value;
    }

    private <T> T call(Supplier<T> work) {
      if (down) {
        throw new StoreUnavailableException("user database", new IOException("switched off"));
      }
      return work.get();
    }

    @Override
    public Optional<User> findById(UserId id) {
      return call(() -> delegate.findById(id));
    }

    @Override
    public Optional<User> findByUsername(Username username) {
      return call(() -> delegate.findByUsername(username));
    }

    @Override
    public void add(User user) {
      call(
          () -> {
            delegate.add(user);
            return null;
          });
    }

    @Override
    public boolean update(User user) {
      return call(() -> delegate.update(user));
    }

    @Override
    public boolean delete(UserId id) {
      return call(() -> delegate.delete(id));
    }

    @Override
    public Page<User> list(UserQuery query) {
      return call(() -> delegate.list(query));
    }

    @Override
    public long countByRole(Role role) {
      return call(() -> delegate.countByRole(role));
    }

    @Override
    public long count() {
      return call(delegate::count);
    }
  }
}
