package dev.authdash.cli;

import dev.authdash.core.AuthCore;
import dev.authdash.core.adapter.memory.InMemoryLoginAttemptStore;
import dev.authdash.core.adapter.memory.InMemorySessionStore;
import dev.authdash.core.config.AuthConfig;
import dev.authdash.core.crypto.SpringPasswordHasher;
import dev.authdash.core.policy.StrengthEstimator;
import dev.authdash.core.policy.strength.NbvcxzStrengthEstimator;
import dev.authdash.core.port.out.AuditLog;
import dev.authdash.core.port.out.LoginAttemptStore;
import dev.authdash.core.port.out.PasswordHasher;
import dev.authdash.core.port.out.SessionStore;
import dev.authdash.core.port.out.UnitOfWork;
import dev.authdash.core.port.out.UserRepository;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;

/**
 * Wires the core from port beans the way the dashboard does, with the same property names and
 * defaults, so that both apply the same rules (password length, session lifetimes) to the same
 * stores: users, unit of work and audit log from the SQLite module, sessions and login attempts
 * from the Redis module when {@code auth.session.store=redis}. With {@code
 * auth.session.store=memory} the session and attempt stores are this process's own, empty ones: the
 * dashboard's live in its memory, out of reach.
 */
@Factory
class CliCoreFactory {

  @Singleton
  @Requires(missingBeans = Clock.class)
  Clock clock() {
    return Clock.systemUTC();
  }

  @Singleton
  AuthConfig authConfig(
      @Value("${auth.session.idle-timeout:10m}") Duration idleTimeout,
      @Value("${auth.session.absolute-timeout:12h}") Duration absoluteTimeout,
      @Value("${auth.login.max-failures:5}") int maxFailures,
      @Value("${auth.login.lockout:30s}") Duration lockout,
      @Value("${auth.login.ip-failures-per-minute:30}") int addressFailuresPerMinute,
      @Value("${auth.password.min-length:12}") int passwordMinLength) {
    return AuthConfig.builder()
        .sessionIdleTimeout(idleTimeout)
        .sessionAbsoluteTimeout(absoluteTimeout)
        .loginMaxFailures(maxFailures)
        .loginLockout(lockout)
        .loginAddressFailuresPerMinute(addressFailuresPerMinute)
        .passwordMinLength(passwordMinLength)
        .build();
  }

  @Singleton
  AuthCore authCore(
      AuthConfig config,
      Clock clock,
      UserRepository users,
      UnitOfWork unitOfWork,
      SessionStore sessions,
      LoginAttemptStore attempts,
      AuditLog auditLog,
      PasswordHasher hasher,
      StrengthEstimator strength) {
    return AuthCore.builder()
        .config(config)
        .clock(clock)
        .users(users, unitOfWork)
        .sessions(sessions)
        .attempts(attempts)
        .auditLog(auditLog)
        .hasher(hasher)
        .strength(strength)
        .build();
  }

  /**
   * The core's own estimator (nbvcxz), made on first use: loading its dictionaries takes a quarter
   * of a second that listing users or reading the audit log never needs.
   */
  @Singleton
  StrengthEstimator strengthEstimator() {
    return password -> Nbvcxz.INSTANCE.isEasilyGuessed(password);
  }

  /** Holder idiom: the JVM makes the instance on the first password check, once. */
  private static final class Nbvcxz {
    static final StrengthEstimator INSTANCE = new NbvcxzStrengthEstimator();
  }

  @Singleton
  @Requires(missingBeans = PasswordHasher.class)
  PasswordHasher passwordHasher() {
    return new SpringPasswordHasher();
  }

  @Singleton
  @Requires(property = "auth.session.store", value = "memory", defaultValue = "memory")
  @Requires(missingBeans = SessionStore.class)
  SessionStore inMemorySessionStore(Clock clock) {
    return new InMemorySessionStore(clock);
  }

  @Singleton
  @Requires(property = "auth.session.store", value = "memory", defaultValue = "memory")
  @Requires(missingBeans = LoginAttemptStore.class)
  LoginAttemptStore inMemoryLoginAttemptStore(Clock clock) {
    return new InMemoryLoginAttemptStore(clock);
  }
}
