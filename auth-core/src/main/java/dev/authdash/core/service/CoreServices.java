package dev.authdash.core.service;

import dev.authdash.core.config.AuthConfig;
import dev.authdash.core.config.MailConfig;
import dev.authdash.core.model.Username;
import dev.authdash.core.policy.DeviceCookiePolicy;
import dev.authdash.core.policy.LockoutPolicy;
import dev.authdash.core.policy.PasswordPolicy;
import dev.authdash.core.policy.SessionPolicy;
import dev.authdash.core.policy.StrengthEstimator;
import dev.authdash.core.policy.WindowedLimit;
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
import dev.authdash.core.port.in.RegisterUserUseCase;
import dev.authdash.core.port.in.RequestPasswordResetUseCase;
import dev.authdash.core.port.in.ResetPasswordUseCase;
import dev.authdash.core.port.in.ResolveSessionUseCase;
import dev.authdash.core.port.in.RevokeSessionsUseCase;
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
import java.time.Clock;
import java.time.Duration;

/** Builds every service over the given ports; {@link dev.authdash.core.AuthCore} exposes them. */
public final class CoreServices {
  private final RegisterUserUseCase register;
  private final LoginUseCase login;
  private final LogoutUseCase logout;
  private final ResolveSessionUseCase resolveSession;
  private final ChangePasswordUseCase changePassword;
  private final ListUsersUseCase listUsers;
  private final FindUserUseCase findUser;
  private final CreateUserUseCase createUser;
  private final ChangeRoleUseCase changeRole;
  private final DeleteUserUseCase deleteUser;
  private final DeleteOwnAccountUseCase deleteOwnAccount;
  private final ExportOwnDataUseCase exportOwnData;
  private final ListSessionsUseCase listSessions;
  private final RevokeSessionsUseCase revokeSessions;
  private final ReadAuditLogUseCase readAuditLog;
  private final BootstrapAdminUseCase bootstrapAdmin;
  private final IssueResetLinkUseCase issueResetLink;
  private final SetPasswordUseCase setPassword;
  private final ResetPasswordUseCase resetPassword;
  private final PasswordPolicy passwordPolicy;
  private final CompleteSignInUseCase completeSignIn;
  private final SecondFactorService secondFactor;
  private final RotateSecretKeyService rotateSecretKey;
  private final PasskeysUseCase passkeys;
  private final PasskeySignInUseCase passkeySignIn;
  private final DeliverMailUseCase deliverMail;
  private final AdminOverviewUseCase adminOverview;
  private final RequestPasswordResetUseCase requestPasswordReset;
  private final LocksUseCase locks;
  private final EmailService changeEmail;
  private final MailAdminUseCase mailAdmin;
  private final ExportService exports;

  /** The outgoing ports the services run on. */
  public record Ports(
      UserRepository users,
      UnitOfWork unitOfWork,
      SessionStore sessions,
      LoginAttemptStore attempts,
      AuditLog auditLog,
      PasswordResetStore passwordResets,
      PasswordHasher hasher,
      StrengthEstimator strength,
      Clock clock,
      SecondFactorStore secondFactors,
      SecretBox secretBox,
      PasskeyStore passkeys,
      Mail mail,
      AuditStatistics statistics) {}

  /**
   * Mail: where it is configured ({@link MailConfig}: on only with a public URL), the outbox it is
   * queued in (the users store's, so it joins the unit of work of the token it carries), and the
   * transport the background sender uses.
   */
  public record Mail(MailConfig config, MailOutbox outbox, MailSender sender) {}

  public CoreServices(AuthConfig config, Ports ports) {
    TimeSource time = new TimeSource(ports.clock());
    Auditor auditor = new Auditor(ports.auditLog(), time);
    passwordPolicy =
        new PasswordPolicy(
            config.passwordMinLength(), config.passwordMaxLength(), ports.strength());
    SessionPolicy sessionPolicy =
        new SessionPolicy(config.sessionIdleTimeout(), config.sessionAbsoluteTimeout());
    LockoutPolicy lockoutPolicy =
        new LockoutPolicy(
            config.loginMaxFailures(),
            config.loginLockout(),
            config.loginMaxLockout(),
            config.loginAddressFailuresPerMinute(),
            config.loginMemory());
    SessionIssuer issuer =
        new SessionIssuer(ports.sessions(), sessionPolicy, config.sessionsPerUser(), auditor);
    LoginThrottle throttle = new LoginThrottle(ports.attempts(), lockoutPolicy, auditor);
    Access access = new Access(ports.users());
    SessionEnds sessionEnds = new SessionEnds(ports.sessions(), time, config.sessionIdleTimeout());
    Mailer mailer =
        new Mailer(ports.mail().outbox(), ports.secretBox(), ports.mail().config(), time);
    deliverMail =
        new MailDeliveryService(
            ports.mail().outbox(), ports.mail().sender(), mailer, auditor, time);
    requestPasswordReset =
        new RequestPasswordResetService(
            ports.users(),
            ports.unitOfWork(),
            ports.passwordResets(),
            ports.attempts(),
            new AddressRateLimiter(ports.attempts(), auditor),
            mailer,
            auditor,
            time,
            config.resetLinkValidity());

    AddressRateLimiter limiter = new AddressRateLimiter(ports.attempts(), auditor);
    mailAdmin = new MailAdminService(access, ports.mail().outbox(), ports.mail().sender(), mailer);
    exports = new ExportService(access, ports.users(), ports.auditLog(), auditor);
    changeEmail =
        new EmailService(
            access,
            ports.users(),
            ports.unitOfWork(),
            ports.hasher(),
            passwordPolicy,
            throttle,
            mailer,
            auditor,
            time);
    register =
        new RegisterUserService(
            ports.users(),
            ports.unitOfWork(),
            ports.hasher(),
            passwordPolicy,
            issuer,
            auditor,
            time,
            limiter,
            new WindowedLimit("register", config.registrationsPerHour(), Duration.ofHours(1)),
            changeEmail);
    DeviceCookies deviceCookies =
        new DeviceCookies(
            ports.secretBox(),
            ports.users(),
            new DeviceCookiePolicy(config.deviceCookieLifetime()));
    SignInCompletion completion =
        new SignInCompletion(
            ports.users(),
            ports.unitOfWork(),
            ports.sessions(),
            throttle,
            issuer,
            auditor,
            deviceCookies);
    PendingSignIns pendingSignIns = new PendingSignIns(ports.secretBox(), ports.users());
    CurrentPassword currentPassword = new CurrentPassword(ports.hasher(), passwordPolicy, throttle);
    PasskeyCheck passkeyCheck = new PasskeyCheck(ports.passkeys(), ports.users(), auditor);
    SecondFactorCheck secondFactorCheck =
        new SecondFactorCheck(ports.secondFactors(), ports.secretBox());
    login =
        new LoginService(
            ports.users(),
            ports.hasher(),
            passwordPolicy,
            throttle,
            completion,
            new SecondStep(ports.secondFactors(), pendingSignIns, ports.users()),
            deviceCookies,
            time);
    completeSignIn =
        new CompleteSignInService(
            pendingSignIns,
            ports.secondFactors(),
            secondFactorCheck,
            passkeyCheck,
            throttle,
            completion,
            auditor,
            deviceCookies,
            time);
    passkeys =
        new PasskeyService(access, ports.users(), ports.passkeys(), currentPassword, auditor, time);
    passkeySignIn =
        new PasskeySignInService(
            ports.users(), ports.passkeys(), passkeyCheck, throttle, completion, time);
    secondFactor =
        new SecondFactorService(
            access,
            ports.users(),
            ports.secondFactors(),
            secondFactorCheck,
            currentPassword,
            throttle,
            auditor,
            time);
    rotateSecretKey = new RotateSecretKeyService(ports.secondFactors(), ports.secretBox());
    logout = new LogoutService(ports.sessions(), ports.users(), auditor);
    resolveSession =
        new ResolveSessionService(ports.sessions(), ports.users(), sessionPolicy, auditor, time);
    PasswordReplacement passwordReplacement =
        new PasswordReplacement(
            ports.users(), ports.passwordResets(), sessionEnds, throttle, mailer);
    changePassword =
        new ChangePasswordService(
            resolveSession,
            passwordReplacement,
            ports.hasher(),
            passwordPolicy,
            throttle,
            auditor,
            time);
    listUsers = new ListUsersService(access, ports.users(), ports.sessions());
    findUser = new FindUserService(access);
    createUser =
        new CreateUserService(access, ports.users(), ports.hasher(), passwordPolicy, auditor, time);
    changeRole = new ChangeRoleService(access, ports.users(), ports.unitOfWork(), auditor);
    DeleteUserService deletion =
        new DeleteUserService(
            access,
            ports.users(),
            ports.sessions(),
            sessionEnds,
            ports.passwordResets(),
            ports.secondFactors(),
            ports.passkeys(),
            ports.unitOfWork(),
            auditor);
    deleteUser = deletion;
    deleteOwnAccount =
        new DeleteOwnAccountService(
            access, ports.users(), currentPassword, secondFactor, deletion, time);
    listSessions = new ListSessionsService(access, ports.sessions(), time);
    exportOwnData =
        new ExportOwnDataService(
            access, listSessions, passkeys, secondFactor, ports.auditLog(), auditor, time);
    revokeSessions =
        new RevokeSessionsService(access, ports.users(), sessionEnds, resolveSession, auditor);
    readAuditLog = new ReadAuditLogService(access, ports.auditLog());
    locks =
        new LocksService(access, ports.attempts(), lockoutPolicy, ports.auditLog(), auditor, time);
    adminOverview =
        new AdminOverviewService(access, ports.users(), ports.sessions(), ports.statistics(), time);
    bootstrapAdmin =
        new BootstrapAdminService(
            ports.users(),
            ports.unitOfWork(),
            ports.hasher(),
            passwordPolicy,
            auditor,
            time,
            Username.of(config.firstAdminUsername()));
    issueResetLink =
        new IssueResetLinkService(
            access, ports.passwordResets(), auditor, time, config.resetLinkValidity());
    resetPassword =
        new ResetPasswordService(
            ports.passwordResets(),
            ports.users(),
            passwordReplacement,
            ports.hasher(),
            passwordPolicy,
            auditor,
            time);
    setPassword =
        new SetPasswordService(
            access, ports.hasher(), passwordPolicy, passwordReplacement, auditor);
  }

  public RegisterUserUseCase register() {
    return register;
  }

  public LoginUseCase login() {
    return login;
  }

  public LogoutUseCase logout() {
    return logout;
  }

  public ResolveSessionUseCase resolveSession() {
    return resolveSession;
  }

  public ChangePasswordUseCase changePassword() {
    return changePassword;
  }

  public ListUsersUseCase listUsers() {
    return listUsers;
  }

  public FindUserUseCase findUser() {
    return findUser;
  }

  public CreateUserUseCase createUser() {
    return createUser;
  }

  public ChangeRoleUseCase changeRole() {
    return changeRole;
  }

  public DeleteUserUseCase deleteUser() {
    return deleteUser;
  }

  public DeleteOwnAccountUseCase deleteOwnAccount() {
    return deleteOwnAccount;
  }

  public ExportOwnDataUseCase exportOwnData() {
    return exportOwnData;
  }

  public ListSessionsUseCase listSessions() {
    return listSessions;
  }

  public RevokeSessionsUseCase revokeSessions() {
    return revokeSessions;
  }

  public ReadAuditLogUseCase readAuditLog() {
    return readAuditLog;
  }

  public BootstrapAdminUseCase bootstrapAdmin() {
    return bootstrapAdmin;
  }

  public IssueResetLinkUseCase issueResetLink() {
    return issueResetLink;
  }

  public SetPasswordUseCase setPassword() {
    return setPassword;
  }

  public ResetPasswordUseCase resetPassword() {
    return resetPassword;
  }

  public CompleteSignInUseCase completeSignIn() {
    return completeSignIn;
  }

  /** Enrol, confirm, disable, recovery codes, status and admin reset of second factors. */
  public SecondFactorService secondFactor() {
    return secondFactor;
  }

  public RotateSecretKeyService rotateSecretKey() {
    return rotateSecretKey;
  }

  public PasskeysUseCase passkeys() {
    return passkeys;
  }

  public PasskeySignInUseCase passkeySignIn() {
    return passkeySignIn;
  }

  /** The outbox's background sender. */
  public DeliverMailUseCase deliverMail() {
    return deliverMail;
  }

  public AdminOverviewUseCase adminOverview() {
    return adminOverview;
  }

  /** Forgot password: a reset link by mail, telling the caller nothing. */
  public RequestPasswordResetUseCase requestPasswordReset() {
    return requestPasswordReset;
  }

  public LocksUseCase locks() {
    return locks;
  }

  /** A user's email address: change with a verification link, or set by an admin. */
  public ChangeEmailUseCase changeEmail() {
    return changeEmail;
  }

  /** A test mail and the outbox's contents, for admins and the CLI. */
  public MailAdminUseCase mailAdmin() {
    return mailAdmin;
  }

  public ExportUsersUseCase exportUsers() {
    return exports;
  }

  public ExportAuditLogUseCase exportAuditLog() {
    return exports;
  }
}
