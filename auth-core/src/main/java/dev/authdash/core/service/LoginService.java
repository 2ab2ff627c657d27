package dev.authdash.core.service;

import dev.authdash.core.error.HashingBusyException;
import dev.authdash.core.error.InvalidCredentialsException;
import dev.authdash.core.model.SignedIn;
import dev.authdash.core.model.User;
import dev.authdash.core.model.Username;
import dev.authdash.core.policy.PasswordGenerator;
import dev.authdash.core.policy.PasswordPolicy;
import dev.authdash.core.port.in.LoginCommand;
import dev.authdash.core.port.in.LoginUseCase;
import dev.authdash.core.port.out.PasswordHasher;
import dev.authdash.core.port.out.UserRepository;
import java.time.Instant;
import java.util.Optional;

/**
 * Sign-in. Throttling comes before any hashing; an unknown username is verified against a dummy
 * hash of the same parameters so that it costs the same time as a real one; success clears the
 * failure count, upgrades a weak hash, destroys any token the client brought and issues a new one.
 * For an account with a second factor, a right password ends in {@link
 * dev.authdash.core.error.SecondFactorRequiredException} instead (nothing cleared, nothing issued):
 * the sign-in completes in {@link CompleteSignInService}. A device cookie that vouches for the
 * typed name makes the attempt count toward that device rather than the name ({@link
 * LoginThrottle}). When the hasher is busy ({@link HashingBusyException}) the attempt ends before
 * anything is counted or audited: the password was not looked at.
 */
public final class LoginService implements LoginUseCase {
  private final UserRepository users;
  private final PasswordHasher hasher;
  private final PasswordPolicy passwordPolicy;
  private final LoginThrottle throttle;
  private final SignInCompletion completion;
  private final SecondStep secondFactors;
  private final DeviceCookies deviceCookies;
  private final TimeSource time;

  /** A hash to verify unknown usernames against; made at the first login, not at start-up. */
  private final Lazy<String> dummyHash;

  LoginService(
      UserRepository users,
      PasswordHasher hasher,
      PasswordPolicy passwordPolicy,
      LoginThrottle throttle,
      SignInCompletion completion,
      SecondStep secondFactors,
      DeviceCookies deviceCookies,
      TimeSource time) {
    this.users = users;
    this.hasher = hasher;
    this.passwordPolicy = passwordPolicy;
    this.throttle = throttle;
    this.completion = completion;
    this.secondFactors = secondFactors;
    this.deviceCookies = deviceCookies;
    this.time = time;
    this.dummyHash = new Lazy<>(() -> hasher.hash(PasswordGenerator.generate()));
  }

  @Override
  public SignedIn login(LoginCommand command) {
    Instant now = time.now();
    String typed = command.username();
    Optional<String> device = deviceCookies.trustedDevice(command.device(), typed, now);
    throttle.checkAllowed(typed, device, command.client(), now);
    if (passwordPolicy.isOversized(command.password())) {
      throw throttle.failure(
          typed, device, command.client(), now, new InvalidCredentialsException());
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
      throw throttle.failure(
          typed, device, command.client(), now, new InvalidCredentialsException());
    }
    User user = found.get();
    if (hasher.needsUpgrade(user.passwordHash())) {
      user = upgraded(user, password);
    }
    if (secondFactors.isRequiredFor(user)) {
      throw secondFactors.challenge(user, found.get(), now);
    }
    return completion.signIn(
        user, command.client(), command.previous(), device, now, SignInMethod.PASSWORD);
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
