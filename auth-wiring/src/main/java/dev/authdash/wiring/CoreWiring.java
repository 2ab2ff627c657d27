package dev.authdash.wiring;

import dev.authdash.core.AuthCore;
import dev.authdash.core.adapter.memory.InMemoryAuditLog;
import dev.authdash.core.adapter.memory.InMemoryLoginAttemptStore;
import dev.authdash.core.adapter.memory.InMemoryMailOutbox;
import dev.authdash.core.adapter.memory.InMemoryMailSender;
import dev.authdash.core.adapter.memory.InMemoryPasskeyStore;
import dev.authdash.core.adapter.memory.InMemoryPasswordResetStore;
import dev.authdash.core.adapter.memory.InMemorySecondFactorStore;
import dev.authdash.core.adapter.memory.InMemorySessionStore;
import dev.authdash.core.adapter.memory.InMemoryUnitOfWork;
import dev.authdash.core.adapter.memory.InMemoryUserRepository;
import dev.authdash.core.config.AuthConfig;
import dev.authdash.core.config.MailConfig;
import dev.authdash.core.crypto.BoundedPasswordHasher;
import dev.authdash.core.model.TokenDigest;
import dev.authdash.core.model.UserId;
import dev.authdash.core.port.in.CheckReadinessUseCase;
import dev.authdash.core.port.out.AuditLog;
import dev.authdash.core.port.out.AuditStatistics;
import dev.authdash.core.port.out.LoginAttemptStore;
import dev.authdash.core.port.out.MailOutbox;
import dev.authdash.core.port.out.MailSender;
import dev.authdash.core.port.out.PasskeyStore;
import dev.authdash.core.port.out.PasswordHasher;
import dev.authdash.core.port.out.PasswordResetStore;
import dev.authdash.core.port.out.SecondFactorStore;
import dev.authdash.core.port.out.SessionStore;
import dev.authdash.core.port.out.UnitOfWork;
import dev.authdash.core.port.out.UserRepository;
import dev.authdash.core.service.ReadinessService;
import dev.authdash.core.service.StoreProbe;
import dev.authdash.crypto.nativeargon2.PasswordHashers;
import dev.authdash.mail.smtp.LogMailSender;
import dev.authdash.persistence.postgres.PostgresSettings;
import dev.authdash.persistence.sqlite.SqliteSettings;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.env.Environment;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the core from whatever port beans the application has, the same way for the dashboard and
 * the CLI: the SQLite and the PostgreSQL adapters (users, audit, reset links) are both on the
 * classpath, and {@code auth.db.url} (AUTH_DB_URL) chooses PostgreSQL, each adapter package
 * stepping aside by its own {@code @Requires}; the Redis stores take over sessions and login
 * attempts when {@code auth.session.store=redis}. Each port has an in-memory fallback that steps
 * aside as soon as another bean of the port exists.
 */
@Factory
public class CoreWiring {
  private static final Logger LOG = LoggerFactory.getLogger(CoreWiring.class);

  @Singleton
  @Requires(missingBeans = Clock.class)
  Clock clock() {
    return Clock.systemUTC();
  }

  /**
   * Every key also reads from its environment variable (AUTH_SESSION_IDLE_TIMEOUT, …); an unset key
   * keeps {@link AuthConfig.Builder}'s default ({@link AuthSettings}).
   */
  @Singleton
  AuthConfig authConfig(Environment settings) {
    return AuthSettings.read(settings);
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
      AuditStatistics statistics,
      PasswordResetStore passwordResets,
      PasswordHasher hasher,
      SecondFactorStore secondFactors,
      PasskeyStore passkeys,
      SecretKeys.Source secretKey,
      MailConfig mailConfig,
      MailOutbox mailOutbox,
      @Nullable MailSender mailSender) {
    return AuthCore.builder()
        .config(config)
        .clock(clock)
        .users(users, unitOfWork)
        .sessions(sessions)
        .attempts(attempts)
        .auditLog(auditLog)
        .auditStatistics(statistics)
        .passwordResets(passwordResets)
        .hasher(hasher)
        .secondFactors(secondFactors)
        .passkeys(passkeys)
        .secretKey(secretKey.base64())
        .mail(mailConfig, mailOutbox, mailSender != null ? mailSender : new InMemoryMailSender())
        .build();
  }

  /**
   * Mail (forgot password, address verification, notices) is on when {@code auth.public-url}
   * (AUTH_PUBLIC_URL) is set, links being built from it and never from a request's Host, and a
   * transport exists (AUTH_SMTP_HOST, or AUTH_MAIL_TRANSPORT=log); the start log says which, or why
   * mail is off.
   */
  @Singleton
  MailConfig mailConfig(Environment settings, @Nullable MailSender sender) {
    String publicUrl = AuthSettings.value(settings, "auth.public-url", String.class).orElse("");
    MailConfig config;
    if (publicUrl.isBlank()) {
      config =
          MailConfig.off(
              "AUTH_PUBLIC_URL is not set (mail links are built from it, never from a request's"
                  + " Host)");
    } else if (sender == null) {
      config =
          MailConfig.off(
              "no way to send: set AUTH_SMTP_HOST (or AUTH_MAIL_TRANSPORT=log for a trial)");
    } else {
      try {
        // Unset: MailConfig's own site name and forgot-password limits.
        MailConfig on =
            MailConfig.on(
                publicUrl, AuthSettings.value(settings, "auth.site-name", String.class).orElse(""));
        config =
            on.withResetLimits(
                AuthSettings.value(settings, "auth.forgot-password.per-hour", Integer.class)
                    .orElse(on.resetRequestsPerAddress()),
                AuthSettings.value(
                        settings, "auth.forgot-password.mails-per-account", Integer.class)
                    .orElse(on.resetMailsPerAccount()));
      } catch (IllegalArgumentException e) {
        throw new ConfigurationException(e.getMessage(), e);
      }
    }
    if (config.enabled()) {
      LOG.info(
          "Mail: on; links from {}, sent through {}",
          config.publicUrl().orElseThrow(),
          sender.describe());
      if (sender instanceof LogMailSender) {
        LOG.warn(
            "AUTH_MAIL_TRANSPORT=log: mails are written to this log instead of being sent. For"
                + " trials only: the links in them are live.");
      }
    } else {
      LOG.info(
          "Mail: off, so no forgot-password link, address verification or notices: {}",
          config.disabledReason().orElseThrow());
    }
    return config;
  }

  @Singleton
  @Requires(missingBeans = MailOutbox.class)
  MailOutbox inMemoryMailOutbox() {
    return new InMemoryMailOutbox();
  }

  /**
   * The key that encrypts two-factor keys at rest: {@code auth.secret-key} (AUTH_SECRET_KEY), else
   * a key file beside the SQLite database, made on first start; refused when missing with a shared
   * users store ({@code auth.db.url}). See {@link SecretKeys}.
   */
  @Singleton
  SecretKeys.Source secretKey(Environment settings) {
    return SecretKeys.resolve(
        AuthSettings.value(settings, "auth.secret-key", String.class).orElse(""),
        AuthSettings.value(settings, SqliteSettings.PATH_PROPERTY, String.class)
            .orElse(SqliteSettings.DEFAULT_PATH),
        AuthSettings.value(settings, PostgresSettings.URL_PROPERTY, String.class).orElse(""));
  }

  /**
   * Native libargon2 when it loads, else pure-Java BouncyCastle (the choice is logged), on a
   * bounded pool: {@code auth.hashing.threads} at once (0: one per core); a sign-in waits for a
   * thread while its expected wait (calls ahead ÷ threads × the measured time of one) stays within
   * {@code auth.hashing.max-wait}, and is refused as busy at once beyond it. {@code
   * auth.hashing.queue} (deprecated; -1: none) still caps the number waiting when set.
   */
  @Singleton
  @Bean(preDestroy = "close")
  @Requires(missingBeans = PasswordHasher.class)
  BoundedPasswordHasher passwordHasher(Environment settings) {
    HashingSettings hashing = HashingSettings.read(settings);
    LOG.info(
        "Password hashing pool: {} at once; a sign-in waits up to {} ms for a thread{}",
        hashing.running(),
        hashing.maxWait().toMillis(),
        hashing.capsTheQueue() ? ", " + hashing.queue() + " waiting at most" : "");
    return new BoundedPasswordHasher(
        PasswordHashers.best(),
        hashing.running(),
        hashing.waiting(),
        hashing.maxWait(),
        System::nanoTime);
  }

  /**
   * Readiness: the user database always, Redis when it keeps the sessions (an in-memory store
   * cannot be down). Each probe is one indexed read of a key that does not exist; results are kept
   * for a second, so probes from many load balancers cost the stores at most one read a second.
   */
  @Singleton
  CheckReadinessUseCase checkReadiness(
      UserRepository users, SessionStore sessions, Clock clock, Environment settings) {
    UserId nobody = new UserId(new UUID(0, 0));
    TokenDigest noSession = new TokenDigest("0".repeat(64));
    List<StoreProbe> probes = new ArrayList<>();
    probes.add(new StoreProbe("database", () -> users.findById(nobody)));
    if (SessionStoreSetting.REDIS.equals(SessionStoreSetting.read(settings))) {
      probes.add(new StoreProbe("redis", () -> sessions.find(noSession)));
    }
    return new ReadinessService(probes, clock, Duration.ofSeconds(1));
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

  /** The in-memory audit log, which is also its own {@link AuditStatistics}. */
  @Singleton
  @Requires(missingBeans = AuditLog.class)
  InMemoryAuditLog inMemoryAuditLog() {
    return new InMemoryAuditLog();
  }

  @Singleton
  @Requires(missingBeans = SecondFactorStore.class)
  SecondFactorStore inMemorySecondFactorStore() {
    return new InMemorySecondFactorStore();
  }

  @Singleton
  @Requires(missingBeans = PasskeyStore.class)
  PasskeyStore inMemoryPasskeyStore() {
    return new InMemoryPasskeyStore();
  }

  @Singleton
  @Requires(missingBeans = PasswordResetStore.class)
  PasswordResetStore inMemoryPasswordResetStore(Clock clock) {
    return new InMemoryPasswordResetStore(clock);
  }

  @Singleton
  @Requires(
      property = SessionStoreSetting.PROPERTY,
      value = SessionStoreSetting.MEMORY,
      defaultValue = SessionStoreSetting.DEFAULT)
  @Requires(missingBeans = SessionStore.class)
  SessionStore inMemorySessionStore(Clock clock) {
    return new InMemorySessionStore(clock);
  }

  @Singleton
  @Requires(
      property = SessionStoreSetting.PROPERTY,
      value = SessionStoreSetting.MEMORY,
      defaultValue = SessionStoreSetting.DEFAULT)
  @Requires(missingBeans = LoginAttemptStore.class)
  LoginAttemptStore inMemoryLoginAttemptStore(Clock clock) {
    return new InMemoryLoginAttemptStore(clock);
  }
}
