package dev.authdash.wiring;

import dev.authdash.core.AuthCore;
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
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/**
 * Publishes each use case of the {@link AuthCore} as a bean of its own, so that a controller, a
 * filter or a job names only the use cases it calls (and a test can hand it a stub of one). The
 * list is {@link AuthCore}'s components, one method each; the compiler checks every type.
 */
@Factory
public class UseCaseBeans {

  @Singleton
  RegisterUserUseCase register(AuthCore core) {
    return core.register();
  }

  @Singleton
  LoginUseCase login(AuthCore core) {
    return core.login();
  }

  @Singleton
  LogoutUseCase logout(AuthCore core) {
    return core.logout();
  }

  @Singleton
  ResolveSessionUseCase resolveSession(AuthCore core) {
    return core.resolveSession();
  }

  @Singleton
  ChangePasswordUseCase changePassword(AuthCore core) {
    return core.changePassword();
  }

  @Singleton
  ListUsersUseCase listUsers(AuthCore core) {
    return core.listUsers();
  }

  @Singleton
  FindUserUseCase findUser(AuthCore core) {
    return core.findUser();
  }

  @Singleton
  CreateUserUseCase createUser(AuthCore core) {
    return core.createUser();
  }

  @Singleton
  ChangeRoleUseCase changeRole(AuthCore core) {
    return core.changeRole();
  }

  @Singleton
  DeleteUserUseCase deleteUser(AuthCore core) {
    return core.deleteUser();
  }

  @Singleton
  DeleteOwnAccountUseCase deleteOwnAccount(AuthCore core) {
    return core.deleteOwnAccount();
  }

  @Singleton
  ExportOwnDataUseCase exportOwnData(AuthCore core) {
    return core.exportOwnData();
  }

  @Singleton
  ExportUsersUseCase exportUsers(AuthCore core) {
    return core.exportUsers();
  }

  @Singleton
  ExportAuditLogUseCase exportAuditLog(AuthCore core) {
    return core.exportAuditLog();
  }

  @Singleton
  ListSessionsUseCase listSessions(AuthCore core) {
    return core.listSessions();
  }

  @Singleton
  RevokeSessionsUseCase revokeSessions(AuthCore core) {
    return core.revokeSessions();
  }

  @Singleton
  ReadAuditLogUseCase readAuditLog(AuthCore core) {
    return core.readAuditLog();
  }

  @Singleton
  BootstrapAdminUseCase bootstrapAdmin(AuthCore core) {
    return core.bootstrapAdmin();
  }

  @Singleton
  IssueResetLinkUseCase issueResetLink(AuthCore core) {
    return core.issueResetLink();
  }

  @Singleton
  SetPasswordUseCase setPassword(AuthCore core) {
    return core.setPassword();
  }

  @Singleton
  ResetPasswordUseCase resetPassword(AuthCore core) {
    return core.resetPassword();
  }

  @Singleton
  CompleteSignInUseCase completeSignIn(AuthCore core) {
    return core.completeSignIn();
  }

  @Singleton
  EnrolSecondFactorUseCase enrolSecondFactor(AuthCore core) {
    return core.enrolSecondFactor();
  }

  @Singleton
  DisableSecondFactorUseCase disableSecondFactor(AuthCore core) {
    return core.disableSecondFactor();
  }

  @Singleton
  ResetSecondFactorUseCase resetSecondFactor(AuthCore core) {
    return core.resetSecondFactor();
  }

  @Singleton
  RecoveryCodesUseCase recoveryCodes(AuthCore core) {
    return core.recoveryCodes();
  }

  @Singleton
  SecondFactorStatusUseCase secondFactorStatus(AuthCore core) {
    return core.secondFactorStatus();
  }

  @Singleton
  PasskeysUseCase passkeys(AuthCore core) {
    return core.passkeys();
  }

  @Singleton
  PasskeySignInUseCase passkeySignIn(AuthCore core) {
    return core.passkeySignIn();
  }

  @Singleton
  DeliverMailUseCase deliverMail(AuthCore core) {
    return core.deliverMail();
  }

  @Singleton
  RequestPasswordResetUseCase requestPasswordReset(AuthCore core) {
    return core.requestPasswordReset();
  }

  @Singleton
  ChangeEmailUseCase changeEmail(AuthCore core) {
    return core.changeEmail();
  }

  @Singleton
  MailAdminUseCase mailAdmin(AuthCore core) {
    return core.mailAdmin();
  }

  @Singleton
  RotateSecretKeyUseCase rotateSecretKey(AuthCore core) {
    return core.rotateSecretKey();
  }

  @Singleton
  AdminOverviewUseCase adminOverview(AuthCore core) {
    return core.adminOverview();
  }

  @Singleton
  LocksUseCase locks(AuthCore core) {
    return core.locks();
  }
}
