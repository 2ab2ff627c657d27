package dev.authdash.core.service;

import dev.authdash.core.model.AuditEventType;
import dev.authdash.core.model.ClientInfo;
import dev.authdash.core.model.LastLogin;
import dev.authdash.core.model.SessionToken;
import dev.authdash.core.model.SignedIn;
import dev.authdash.core.model.User;
import dev.authdash.core.port.out.SessionStore;
import dev.authdash.core.port.out.UnitOfWork;
import dev.authdash.core.port.out.UserRepository;
import java.time.Instant;
import java.util.Optional;

/**
 * The end of every successful sign-in, whether it took one step or two: the failure count is
 * cleared (the trusted device's when the attempt came from one), the sign-in is remembered, any
 * token the client brought dies, a new session is issued with a new device cookie for the browser,
 * and the success audited with how it was proven (password, password+totp, passkey …).
 */
final class SignInCompletion {
  private final UserRepository users;
  private final UnitOfWork unitOfWork;
  private final SessionStore sessions;
  private final LoginThrottle throttle;
  private final SessionIssuer issuer;
  private final Auditor auditor;
  private final DeviceCookies deviceCookies;

  SignInCompletion(
      UserRepository users,
      UnitOfWork unitOfWork,
      SessionStore sessions,
      LoginThrottle throttle,
      SessionIssuer issuer,
      Auditor auditor,
      DeviceCookies deviceCookies) {
    this.users = users;
    this.unitOfWork = unitOfWork;
    this.sessions = sessions;
    this.throttle = throttle;
    this.issuer = issuer;
    this.auditor = auditor;
    this.deviceCookies = deviceCookies;
  }

  SignedIn signIn(
      User found,
      ClientInfo client,
      Optional<SessionToken> previous,
      Optional<String> trustedDevice,
      Instant now,
      SignInMethod method) {
    throttle.success(found.username().value(), trustedDevice);
    User user = found.withLastLogin(new LastLogin(now, client.address()));
    previous.ifPresent(old -> sessions.delete(old.digest()));
    SignedIn signedIn = issuer.issue(user, client, now);
    recordSignIn(user, client, method);
    return signedIn.withDevice(deviceCookies.issue(user, now));
  }

  /** The last login and its audit event in one unit: one commit (one fsync on SQLite), not two. */
  private void recordSignIn(User user, ClientInfo client, SignInMethod method) {
    unitOfWork.atomically(
        () -> {
          users.update(user);
          auditor.record(
              AuditEventType.LOGIN_SUCCEEDED,
              user.username().value(),
              user.username().value(),
              client,
              method.detail());
          return null;
        });
  }
}
