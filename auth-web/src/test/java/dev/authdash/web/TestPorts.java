package dev.authdash.web;

import dev.authdash.core.error.StoreUnavailableException;
import dev.authdash.core.model.Batch;
import dev.authdash.core.model.EmailAddress;
import dev.authdash.core.model.Page;
import dev.authdash.core.model.Role;
import dev.authdash.core.model.TokenDigest;
import dev.authdash.core.model.User;
import dev.authdash.core.model.UserId;
import dev.authdash.core.model.UserQuery;
import dev.authdash.core.model.Username;
import dev.authdash.core.port.out.UserRepository;
import dev.authdash.core.testing.MutableClock;
import dev.authdash.persistence.sqlite.SqliteUserRepository;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Primary;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Port beans for the tests: a clock they move by hand (expiry without sleeping), and the real
 * SQLite user store behind a switch that makes it act like a database outage.
 */
@Factory
@Requires(notEnv = "browser") // the browser tests run on the real clock and store
@Requires(missingProperty = "auth.db.url") // tests on PostgreSQL use its real store
class TestPorts {

  @Singleton
  MutableClock clock() {
    return MutableClock.startingNow();
  }

  @Singleton
  @Primary
  SwitchableUserRepository users(SqliteUserRepository sqlite) {
    return new SwitchableUserRepository(sqlite);
  }

  /** Test decorator of the SQLite {@link UserRepository}: unavailable when switched off. */
  static final class SwitchableUserRepository implements UserRepository {
    private final UserRepository delegate;
    private volatile boolean down;

    SwitchableUserRepository(UserRepository delegate) {
      this.delegate = delegate;
    }

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
    public Optional<User> findByVerifiedEmail(EmailAddress address) {
      return call(() -> delegate.findByVerifiedEmail(address));
    }

    @Override
    public Optional<User> findByPendingEmail(TokenDigest tokenDigest) {
      return call(() -> delegate.findByPendingEmail(tokenDigest));
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
    public Batch<User, Username> listAfter(UserQuery query, Optional<Username> after, int limit) {
      return call(() -> delegate.listAfter(query, after, limit));
    }

    @Override
    public long countByRole(Role role) {
      return call(() -> delegate.countByRole(role));
    }

    @Override
    public long count() {
      return call(delegate::count);
    }

    @Override
    public long deviceEpoch(UserId id) {
      return call(() -> delegate.deviceEpoch(id));
    }

    @Override
    public void advanceDeviceEpoch(UserId id) {
      call(
          () -> {
            delegate.advanceDeviceEpoch(id);
            return null;
          });
    }
  }
}
