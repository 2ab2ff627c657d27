package dev.authdash.core.service;

import dev.authdash.core.AuthCore;
import dev.authdash.core.config.AuthConfig;
import dev.authdash.core.config.MailConfig;
import dev.authdash.core.model.Username;
import dev.authdash.core.policy.DeviceCookiePolicy;
import dev.authdash.core.policy.LockoutPolicy;
import dev.authdash.core.policy.PasswordPolicy;
import dev.authdash.core.policy.SessionPolicy;
import dev.authdash.core.policy.StrengthEstimator;
import dev.authdash.core.policy.WindowedLimit;
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

/**
 * Assembles the core: every service over the given ports, and the collaborators they share (one
 * throttle, one session issuer, one auditor...). The collaborators are package-private, which is
 * why the assembly lives here and {@link AuthCore} only lists the result.
 */
public final class CoreServices {
  private CoreServices() {}

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

  /** The whole core over {@code ports}: what {@link AuthCore.Builder#build()} returns. */
  public static AuthCore assemble(AuthConfig config, Ports ports) {
    TimeSource time = new TimeSource(ports.clock());
    Auditor auditor = new Auditor(ports.auditLog(), time);
    PasswordPolicy passwordPolicy =
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
    var deliverMail =
        new MailDeliveryService(
            ports.mail().outbox(), ports.mail().sender(), mailer, auditor, time);
    var requestPasswordReset =
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
    var mailAdmin =
        new MailAdminService(access, ports.mail().outbox(), ports.mail().sender(), mailer);
    var changeEmail =
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
    var register =
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
    var login =
        new LoginService(
            ports.users(),
            ports.hasher(),
            passwordPolicy,
            throttle,
            completion,
            new SecondStep(ports.secondFactors(), pendingSignIns, ports.users()),
            deviceCookies,
            time);
    var completeSignIn =
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
    var passkeys =
        new PasskeyService(access, ports.users(), ports.passkeys(), currentPassword, auditor, time);
    var passkeySignIn =
        new PasskeySignInService(
            ports.users(), ports.passkeys(), passkeyCheck, throttle, completion, time);
    var secondFactor =
        new SecondFactorService(
            access,
            ports.users(),
            ports.secondFactors(),
            secondFactorCheck,
            currentPassword,
            throttle,
            auditor,
            time);
    var rotateSecretKey = new RotateSecretKeyService(ports.secondFactors(), ports.secretBox());
    var logout = new LogoutService(ports.sessions(), ports.users(), auditor);
    var resolveSession =
        new ResolveSessionService(ports.sessions(), ports.users(), sessionPolicy, auditor, time);
    PasswordReplacement passwordReplacement =
        new PasswordReplacement(
            ports.users(), ports.passwordResets(), sessionEnds, throttle, mailer);
    var changePassword =
        new ChangePasswordService(
            resolveSession,
            passwordReplacement,
            ports.hasher(),
            passwordPolicy,
            throttle,
            auditor,
            time);
    var listUsers = new ListUsersService(access, ports.users(), ports.sessions());
    var findUser = new FindUserService(access);
    var createUser =
        new CreateUserService(access, ports.users(), ports.hasher(), passwordPolicy, auditor, time);
    var changeRole = new ChangeRoleService(access, ports.users(), ports.unitOfWork(), auditor);
    DeleteUserService deleteUser =
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
    var deleteOwnAccount =
        new DeleteOwnAccountService(
            access, ports.users(), currentPassword, secondFactor, deleteUser, time);
    var listSessions = new ListSessionsService(access, ports.sessions(), time);
    var exportOwnData =
        new ExportOwnDataService(
            access, listSessions, passkeys, secondFactor, ports.auditLog(), auditor, time);
    var revokeSessions =
        new RevokeSessionsService(access, ports.users(), sessionEnds, resolveSession, auditor);
    var exports = new ExportService(access, ports.users(), ports.auditLog(), auditor);
    var readAuditLog = new ReadAuditLogService(access, ports.auditLog());
    var locks =
        new LocksService(access, ports.attempts(), lockoutPolicy, ports.auditLog(), auditor, time);
    var adminOverview =
        new AdminOverviewService(access, ports.users(), ports.sessions(), ports.statistics(), time);
    var bootstrapAdmin =
        new BootstrapAdminService(
            ports.users(),
            ports.unitOfWork(),
            ports.hasher(),
            passwordPolicy,
            auditor,
            time,
            Username.of(config.firstAdminUsername()));
    var issueResetLink =
        new IssueResetLinkService(
            access, ports.passwordResets(), auditor, time, config.resetLinkValidity());
    var resetPassword =
        new ResetPasswordService(
            ports.passwordResets(),
            ports.users(),
            passwordReplacement,
            ports.hasher(),
            passwordPolicy,
            auditor,
            time);
    var setPassword =
        new SetPasswordService(
            access, ports.hasher(), passwordPolicy, passwordReplacement, auditor);
    return new AuthCore(
        config,
        register,
        login,
        logout,
        resolveSession,
        changePassword,
        listUsers,
        findUser,
        createUser,
        changeRole,
        deleteUser,
        deleteOwnAccount,
        exportOwnData,
        exports,
        exports,
        listSessions,
        revokeSessions,
        readAuditLog,
        bootstrapAdmin,
        issueResetLink,
        setPassword,
        resetPassword,
        completeSignIn,
        secondFactor,
        secondFactor,
        secondFactor,
        secondFactor,
        secondFactor,
        passkeys,
        passkeySignIn,
        deliverMail,
        requestPasswordReset,
        changeEmail,
        mailAdmin,
        rotateSecretKey,
        adminOverview,
        locks);
  }
}
