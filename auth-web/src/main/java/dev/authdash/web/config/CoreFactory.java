package dev.authdash.web.config;

import dev.authdash.core.AuthCore;
import dev.authdash.core.adapter.memory.InMemoryAuditLog;
import dev.authdash.core.adapter.memory.InMemoryLoginAttemptStore;
import dev.authdash.core.adapter.memory.InMemorySessionStore;
import dev.authdash.core.adapter.memory.InMemoryUnitOfWork;
import dev.authdash.core.adapter.memory.InMemoryUserRepository;
import dev.authdash.core.config.AuthConfig;
import dev.authdash.core.crypto.SpringPasswordHasher;
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
 * Wires the core from port beans. Each port has an in-memory fallback that steps aside as soon as
 * another bean of the port exists: adding the SQLite or Redis module to the classpath is enough for
 * its adapters to take over, with no change here.
 */
@Factory
public class CoreFactory {

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
      PasswordHasher hasher) {
    return AuthCore.builder()
        .config(config)
        .clock(clock)
        .users(users, unitOfWork)
        .sessions(sessions)
        .attempts(attempts)
        .auditLog(auditLog)
        .hasher(hasher)
        .build();
  }

  @Singleton
  @Requires(missingBeans = PasswordHasher.class)
  PasswordHasher passwordHasher() {
    return new SpringPasswordHasher();
  }

  @Singleton
  @Requires(missingBeans = UserRepository.class)
  UserRepository inMemoryUserRepository() {
    return new InMemoryUserRepository();
  }

  @Singleton
  @Requires(missingBeans = UnitOfWork.class)
  UnitOfWork inMemoryUnitOfWork() {
    return new InMemoryUnitOfWork();
  }

  @Singleton
  @Requires(missingBeans = AuditLog.class)
  AuditLog inMemoryAuditLog() {
    return new InMemoryAuditLog();
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
