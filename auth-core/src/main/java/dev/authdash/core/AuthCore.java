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
import dev.authdash.core.port.in.AdminOverviewUseCase;
import dev.authdash.core.port.in.BootstrapAdminUseCase;
import dev.authdash.core.port.in.ChangeEmailUseCase;
import dev.authdash.core.port.in.ChangePasswordUseCase;
import dev.authdash.core.port.in.ChangeRoleUseCase;
import dev.authdash.core.port.in.CompleteSignInUseCase;
import dev.authdash.core.port.in.CreateUserUseCase;
import dev.authdash.core.port.in.DeleteOwnAccountUseCase;
import dev.authdash.core.port.in.DeleteUserUseCase;
import dev.authdash.core.port.in.DeliverMailUseCase;
import dev.authdash.core.port.in.DisableSecondFactorUseCase;
import dev.authdash.core.port.in.EnrolSecondFactorUseCase;
import dev.authdash.core.port.in.ExportAuditLogUseCase;
import dev.authdash.core.port.in.ExportOwnDataUseCase;
import dev.authdash.core.port.in.ExportUsersUseCase;
import dev.authdash.core.port.in.FindUserUseCase;
import dev.authdash.core.port.in.IssueResetLinkUseCase;
import dev.authdash.core.port.in.ListSessionsUseCase;
import dev.authdash.core.port.in.ListUsersUseCase;
import dev.authdash.core.port.in.LocksUseCase;
import dev.authdash.core.port.in.LoginUseCase;
import dev.authdash.core.port.in.LogoutUseCase;
import dev.authdash.core.port.in.MailAdminUseCase;
import dev.authdash.core.port.in.PasskeySignInUseCase;
import dev.authdash.core.port.in.PasskeysUseCase;
import dev.authdash.core.port.in.ReadAuditLogUseCase;
import dev.authdash.core.port.in.RecoveryCodesUseCase;
import dev.authdash.core.port.in.RegisterUserUseCase;
import dev.authdash.core.port.in.RequestPasswordResetUseCase;
import dev.authdash.core.port.in.ResetPasswordUseCase;
import dev.authdash.core.port.in.ResetSecondFactorUseCase;
import dev.authdash.core.port.in.ResolveSessionUseCase;
import dev.authdash.core.port.in.RevokeSessionsUseCase;
import dev.authdash.core.port.in.RotateSecretKeyUseCase;
import dev.authdash.core.port.in.SecondFactorStatusUseCase;
import dev.authdash.core.port.in.SetPasswordUseCase;
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
 * <p>This record is the one list of what the core offers: {@link Builder#build()} assembles it
 * (through {@link CoreServices#assemble}), and a framework publishes its components as beans (the
 * dashboard and the CLI do, in auth-wiring). Its canonical constructor also lets a test stand up a
 * core with a stub in place of one use case.
 *
 * <pre>{@code
 * AuthCore auth = AuthCore.builder().build();            // all in memory
 * SignedIn s = auth.register().register(new RegisterUserCommand("alice", pw, client));
 * SessionResolution r = auth.resolveSession().resolve(s.token());
 * }</pre>
 *
 * @param config the settings it was built with
 * @param deleteOwnAccount a user deleting their own account (the admin's deletion refuses an admin
 *     deleting itself)
 * @param exportOwnData "Download my data": a user's own account, sessions, passkeys and audit
 *     events
 * @param exportUsers every user a search and role filter match, streamed as CSV or JSON (admins)
 * @param exportAuditLog every audit event a filter matches, streamed as CSV or JSON (admins)
 * @param setPassword an operator's or admin's way to set a password outright (e.g. a lost owner
 *     password)
 * @param completeSignIn the second step of a sign-in for accounts with two-factor sign-in
 * @param passkeys one's passkeys (add, list, rename, remove) and an admin's view of a user's
 * @param passkeySignIn sign-in with a passkey alone, and the lookups its relying party needs
 * @param deliverMail the outbox's sender: call it now and then (the dashboard does, every few
 *     seconds)
 * @param requestPasswordReset forgot password: a reset link by mail to a verified address, telling
 *     the caller nothing
 * @param changeEmail a user's email address: change it with a verification link, or set it as an
 *     admin
 * @param mailAdmin a test mail straight to the server, and the outbox's contents (admins, the CLI)
 * @param rotateSecretKey re-encrypts what the secret key protects under a new key
 * @param adminOverview the admin's overview: counts and charts from the audit log
 * @param locks usernames locked now, and clearing a lock
 */
public record AuthCore(
    AuthConfig config,
    RegisterUserUseCase register,
    LoginUseCase login,
    LogoutUseCase logout,
    ResolveSessionUseCase resolveSession,
    ChangePasswordUseCase changePassword,
    ListUsersUseCase listUsers,
    FindUserUseCase findUser,
    CreateUserUseCase createUser,
    ChangeRoleUseCase changeRole,
    DeleteUserUseCase deleteUser,
    DeleteOwnAccountUseCase deleteOwnAccount,
    ExportOwnDataUseCase exportOwnData,
    ExportUsersUseCase exportUsers,
    ExportAuditLogUseCase exportAuditLog,
    ListSessionsUseCase listSessions,
    RevokeSessionsUseCase revokeSessions,
    ReadAuditLogUseCase readAuditLog,
    BootstrapAdminUseCase bootstrapAdmin,
    IssueResetLinkUseCase issueResetLink,
    SetPasswordUseCase setPassword,
    ResetPasswordUseCase resetPassword,
    CompleteSignInUseCase completeSignIn,
    EnrolSecondFactorUseCase enrolSecondFactor,
    DisableSecondFactorUseCase disableSecondFactor,
    ResetSecondFactorUseCase resetSecondFactor,
    RecoveryCodesUseCase recoveryCodes,
    SecondFactorStatusUseCase secondFactorStatus,
    PasskeysUseCase passkeys,
    PasskeySignInUseCase passkeySignIn,
    DeliverMailUseCase deliverMail,
    RequestPasswordResetUseCase requestPasswordReset,
    ChangeEmailUseCase changeEmail,
    MailAdminUseCase mailAdmin,
    RotateSecretKeyUseCase rotateSecretKey,
    AdminOverviewUseCase adminOverview,
    LocksUseCase locks) {

  public static Builder builder() {
    return new Builder();
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
      return CoreServices.assemble(config, ports);
    }
  }
}
