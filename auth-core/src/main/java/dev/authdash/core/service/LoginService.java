package dev.authdash.core.service;

import dev.authdash.core.error.HashingBusyException;
import dev.authdash.core.error.InvalidCredentialsException;
import dev.authdash.core.model.AuditEventType;
import dev.authdash.core.model.LastLogin;
import dev.authdash.core.model.SignedIn;
import dev.authdash.core.model.User;
import dev.authdash.core.model.Username;
import dev.authdash.core.policy.PasswordGenerator;
import dev.authdash.core.policy.PasswordPolicy;
import dev.authdash.core.port.in.LoginCommand;
import dev.authdash.core.port.in.LoginUseCase;
import dev.authdash.core.port.out.PasswordHasher;
import dev.authdash.core.port.out.SessionStore;
import dev.authdash.core.port.out.UnitOfWork;
import dev.authdash.core.port.out.UserRepository;
import java.time.Instant;
import java.util.Optional;

/**
 * Sign-in. Throttling comes before any hashing; an unknown username is verified against a dummy
 * hash of the same parameters so that it costs the same time as a real one; success clears the
 * failure count, upgrades a weak hash, destroys any token the client brought and issues a new one.
 * When the hasher is busy ({@link HashingBusyException}) the attempt ends before anything is
 * counted or audited: the password was not looked at.
 */
public final class LoginService implements LoginUseCase {
  private final UserRepository users;
  private final UnitOfWork unitOfWork;
  private final SessionStore sessions;
  private final PasswordHasher hasher;
  private final PasswordPolicy passwordPolicy;
  private final LoginThrottle throttle;
  private final SessionIssuer issuer;
  private final Auditor auditor;
  private final TimeSource time;

  /** A hash to verify unknown usernames against; made at the first login, not at start-up. */
  private final Lazy<String> dummyHash;

  LoginService(
      UserRepository users,
      UnitOfWork unitOfWork,
      SessionStore sessions,
      PasswordHasher hasher,
      PasswordPolicy passwordPolicy,
      LoginThrottle throttle,
      SessionIssuer issuer,
      Auditor auditor,
      TimeSource time) {
    this.users = users;
    this.unitOfWork = unitOfWork;
    this.sessions = sessions;
    this.hasher = hasher;
    this.passwordPolicy = passwordPolicy;
    this.throttle = throttle;
    this.issuer = issuer;
    this.auditor = auditor;
    this.time = time;
    this.dummyHash = new Lazy<>(() -> hasher.hash(PasswordGenerator.generate()));
  }

  @Override
  public SignedIn login(LoginCommand command) {
    Instant now = time.now();
    String typed = command.username() == null ? "" : command.username();
    throttle.checkAllowed(typed, command.client(), now);
    if (passwordPolicy.isOversized(command.password())) {
      throw throttle.failure(typed, command.client(), now, new InvalidCredentialsException());
    }
    // Made before the lookup, whoever logs in first, so it never adds to one kind of attempt.
    String dummy = dummyHash.get();
    Optional<User> found = find(typed);
    String password = command.password().reveal();
    boolean matches;
    if (found.isPresent()) {
      matches = hasher.matches(password, found.get().passwordHash());
    } else {
      // Same work as for a real user, so response time does not tell which names exist.
      hasher.matches(password, dummy);
      matches = false;
    }
    if (!matches) {
      throw throttle.failure(typed, command.client(), now, new InvalidCredentialsException());
    }
    User user = found.get();
    throttle.success(user.username().value());
    if (hasher.needsUpgrade(user.passwordHash())) {
      user = upgraded(user, password);
    }
    User signedInUser = user.withLastLogin(new LastLogin(now, command.client().address()));
    command.previous().ifPresent(old -> sessions.delete(old.digest()));
    SignedIn signedIn = issuer.issue(signedInUser, command.client(), now);
    recordSignIn(signedInUser, command);
    return signedIn;
  }

  /** The last login and its audit event in one unit: one commit (one fsync on SQLite), not two. */
  private void recordSignIn(User user, LoginCommand command) {
    unitOfWork.atomically(
        () -> {
          users.update(user);
          auditor.record(
              AuditEventType.LOGIN_SUCCEEDED,
              user.username().value(),
              user.username().value(),
              command.client(),
              "");
          return null;
        });
  }

  /** A weak hash made strong; when hashing is busy right now, the next sign-in does it. */
  private User upgraded(User user, String password) {
    try {
      return user.withPasswordHash(hasher.hash(password));
    } catch (HashingBusyException busy) {
      return user;
    }
  }

  private Optional<User> find(String typed) {
    return Username.parse(typed).flatMap(users::findByUsername);
  }
}
