package dev.authdash.core;

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
import dev.authdash.core.crypto.SpringPasswordHasher;
import dev.authdash.core.policy.StrengthEstimator;
import dev.authdash.core.policy.strength.NbvcxzStrengthEstimator;
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
import dev.authdash.core.secrets.SecretBox;
import dev.authdash.core.service.CoreServices;
import java.time.Clock;
import java.util.List;

/**
 * The embeddable entry point: every use case over the ports you give it. Ports you do not give are
 * the in-memory adapters, the hasher is Argon2id at OWASP parameters.
 *
 * <pre>{@code
 * AuthCore auth = AuthCore.builder().build();            // all in memory
 * SignedIn s = auth.register().register(new RegisterUserCommand("alice", pw, client));
 * SessionResolution r = auth.resolveSession().resolve(s.token());
 * }</pre>
 */
public final class AuthCore {
  private final AuthConfig config;
  private final CoreServices services;

  private AuthCore(AuthConfig config, CoreServices services) {
    this.config = config;
    this.services = services;
  }

  public static Builder builder() {
    return new Builder();
  }

  public AuthConfig config() {
    return config;
  }

  public dev.authdash.core.port.in.RegisterUserUseCase register() {
    return services.register();
  }

  public dev.authdash.core.port.in.LoginUseCase login() {
    return services.login();
  }

  public dev.authdash.core.port.in.LogoutUseCase logout() {
    return services.logout();
  }

  public dev.authdash.core.port.in.ResolveSessionUseCase resolveSession() {
    return services.resolveSession();
  }

  public dev.authdash.core.port.in.ChangePasswordUseCase changePassword() {
    return services.changePassword();
  }

  public dev.authdash.core.port.in.ListUsersUseCase listUsers() {
    return services.listUsers();
  }

  public dev.authdash.core.port.in.FindUserUseCase findUser() {
    return services.findUser();
  }

  public dev.authdash.core.port.in.CreateUserUseCase createUser() {
    return services.createUser();
  }

  public dev.authdash.core.port.in.ChangeRoleUseCase changeRole() {
    return services.changeRole();
  }

  public dev.authdash.core.port.in.DeleteUserUseCase deleteUser() {
    return services.deleteUser();
  }

  /** A user deleting their own account (the admin's deletion refuses an admin deleting itself). */
  public dev.authdash.core.port.in.DeleteOwnAccountUseCase deleteOwnAccount() {
    return services.deleteOwnAccount();
  }

  /** "Download my data": a user's own account, sessions, passkeys and audit events. */
  public dev.authdash.core.port.in.ExportOwnDataUseCase exportOwnData() {
    return services.exportOwnData();
  }

  public dev.authdash.core.port.in.ListSessionsUseCase listSessions() {
    return services.listSessions();
  }

  public dev.authdash.core.port.in.RevokeSessionsUseCase revokeSessions() {
    return services.revokeSessions();
  }

  public dev.authdash.core.port.in.ReadAuditLogUseCase readAuditLog() {
    return services.readAuditLog();
  }

  public dev.authdash.core.port.in.BootstrapAdminUseCase bootstrapAdmin() {
    return services.bootstrapAdmin();
  }

  public dev.authdash.core.port.in.IssueResetLinkUseCase issueResetLink() {
    return services.issueResetLink();
  }

  /** An operator's or admin's way to set a password outright (e.g. a lost owner password). */
  public dev.authdash.core.port.in.SetPasswordUseCase setPassword() {
    return services.setPassword();
  }

  public dev.authdash.core.port.in.ResetPasswordUseCase resetPassword() {
    return services.resetPassword();
  }

  /** The second step of a sign-in for accounts with two-factor sign-in. */
  public dev.authdash.core.port.in.CompleteSignInUseCase completeSignIn() {
    return services.completeSignIn();
  }

  public dev.authdash.core.port.in.EnrolSecondFactorUseCase enrolSecondFactor() {
    return services.secondFactor();
  }

  public dev.authdash.core.port.in.DisableSecondFactorUseCase disableSecondFactor() {
    return services.secondFactor();
  }

  public dev.authdash.core.port.in.ResetSecondFactorUseCase resetSecondFactor() {
    return services.secondFactor();
  }

  public dev.authdash.core.port.in.RecoveryCodesUseCase recoveryCodes() {
    return services.secondFactor();
  }

  public dev.authdash.core.port.in.SecondFactorStatusUseCase secondFactorStatus() {
    return services.secondFactor();
  }

  /** One's passkeys (add, list, rename, remove) and an admin's view of a user's. */
  public dev.authdash.core.port.in.PasskeysUseCase passkeys() {
    return services.passkeys();
  }

  /** Sign-in with a passkey alone, and the lookups its relying party needs. */
  public dev.authdash.core.port.in.PasskeySignInUseCase passkeySignIn() {
    return services.passkeySignIn();
  }

  /** The outbox's sender: call it now and then (the dashboard does, every few seconds). */
  public dev.authdash.core.port.in.DeliverMailUseCase deliverMail() {
    return services.deliverMail();
  }

  /** Forgot password: a reset link by mail to a verified address, telling the caller nothing. */
  public dev.authdash.core.port.in.RequestPasswordResetUseCase requestPasswordReset() {
    return services.requestPasswordReset();
  }

  /** A user's email address: change it with a verification link, or set it as an admin. */
  public dev.authdash.core.port.in.ChangeEmailUseCase changeEmail() {
    return services.changeEmail();
  }

  /** A test mail straight to the server, and the outbox's contents (admins, the CLI). */
  public dev.authdash.core.port.in.MailAdminUseCase mailAdmin() {
    return services.mailAdmin();
  }

  public dev.authdash.core.port.in.ExportUsersUseCase exportUsers() {
    return services.exportUsers();
  }

  public dev.authdash.core.port.in.ExportAuditLogUseCase exportAuditLog() {
    return services.exportAuditLog();
  }

  public dev.authdash.core.port.in.RotateSecretKeyUseCase rotateSecretKey() {
    return services.rotateSecretKey();
  }

  public dev.authdash.core.port.in.AdminOverviewUseCase adminOverview() {
    return services.adminOverview();
  }

  public dev.authdash.core.port.in.LocksUseCase locks() {
    return services.locks();
  }

  /** Assembles an {@link AuthCore}; every port left unset gets its in-memory adapter. */
  public static final class Builder {
    private AuthConfig config = AuthConfig.defaults();
    private Clock clock = Clock.systemUTC();
    private UserRepository users;
    private UnitOfWork unitOfWork;
    private SessionStore sessions;
    private LoginAttemptStore attempts;
    private AuditLog auditLog;
    private AuditStatistics statistics;
    private PasswordResetStore passwordResets;
    private PasswordHasher hasher;
    private StrengthEstimator strength;
    private SecondFactorStore secondFactors;
    private SecretBox secretBox;
    private PasskeyStore passkeys;
    private MailConfig mailConfig = MailConfig.off("no public URL is configured");
    private MailOutbox mailOutbox;
    private MailSender mailSender;

    private Builder() {}

    public Builder config(AuthConfig value) {
      config = value;
      return this;
    }

    public Builder clock(Clock value) {
      clock = value;
      return this;
    }

    /** The user store and the unit of work that makes its guards atomic (they go together). */
    public Builder users(UserRepository repository, UnitOfWork work) {
      users = repository;
      unitOfWork = work;
      return this;
    }

    public Builder sessions(SessionStore value) {
      sessions = value;
      return this;
    }

    public Builder attempts(LoginAttemptStore value) {
      attempts = value;
      return this;
    }

    public Builder auditLog(AuditLog value) {
      auditLog = value;
      return this;
    }

    /**
     * The counts per hour behind the admin's overview, over the same store as {@link #auditLog}.
     * Unset: the audit log's own when it has them (the in-memory one does), else none (the charts
     * stay empty).
     */
    public Builder auditStatistics(AuditStatistics value) {
      statistics = value;
      return this;
    }

    public Builder passwordResets(PasswordResetStore value) {
      passwordResets = value;
      return this;
    }

    public Builder hasher(PasswordHasher value) {
      hasher = value;
      return this;
    }

    public Builder strength(StrengthEstimator value) {
      strength = value;
      return this;
    }

    /**
     * Mail (forgot password, address verification, notices): on only when the config has a public
     * URL to build links from. The outbox belongs with the user store (mails are queued in the unit
     * of work of the token they carry); the sender is the transport. Unset: mail off, in-memory
     * outbox and sender.
     */
    public Builder mail(MailConfig config, MailOutbox outbox, MailSender sender) {
      mailConfig = config;
      mailOutbox = outbox;
      mailSender = sender;
      return this;
    }

    public Builder passkeys(PasskeyStore value) {
      passkeys = value;
      return this;
    }

    public Builder secondFactors(SecondFactorStore value) {
      secondFactors = value;
      return this;
    }

    /**
     * The key that encrypts TOTP keys at rest and pending sign-ins: 32 bytes, base64. Unset, a
     * random key for this process only (right for all-in-memory use; persistent second factors need
     * the same key at every start).
     */
    public Builder secretKey(String base64) {
      secretBox = SecretBox.ofBase64(base64);
      return this;
    }

    public AuthCore build() {
      AuditLog log = auditLog != null ? auditLog : new InMemoryAuditLog();
      AuditStatistics counts =
          statistics != null
              ? statistics
              : log instanceof AuditStatistics own ? own : (from, to, types) -> List.of();
      CoreServices.Ports ports =
          new CoreServices.Ports(
              users != null ? users : new InMemoryUserRepository(),
              unitOfWork != null ? unitOfWork : new InMemoryUnitOfWork(),
              sessions != null ? sessions : new InMemorySessionStore(clock),
              attempts != null ? attempts : new InMemoryLoginAttemptStore(clock),
              log,
              passwordResets != null ? passwordResets : new InMemoryPasswordResetStore(clock),
              hasher != null ? hasher : new SpringPasswordHasher(),
              strength != null ? strength : new NbvcxzStrengthEstimator(),
              clock,
              secondFactors != null ? secondFactors : new InMemorySecondFactorStore(),
              secretBox != null ? secretBox : SecretBox.ephemeral(),
              passkeys != null ? passkeys : new InMemoryPasskeyStore(),
              new CoreServices.Mail(
                  mailConfig,
                  mailOutbox != null ? mailOutbox : new InMemoryMailOutbox(),
                  mailSender != null ? mailSender : new InMemoryMailSender()),
              counts);
      return new AuthCore(config, new CoreServices(config, ports));
    }
  }
}
