package dev.authdash.core.service;

import dev.authdash.core.error.InvalidCredentialsException;
import dev.authdash.core.error.LoginThrottledException;
import dev.authdash.core.model.ClientInfo;
import dev.authdash.core.model.Passkey;
import dev.authdash.core.model.PasskeyAssertion;
import dev.authdash.core.model.PasskeyHolder;
import dev.authdash.core.model.PasskeyId;
import dev.authdash.core.model.SessionToken;
import dev.authdash.core.model.SignedIn;
import dev.authdash.core.model.User;
import dev.authdash.core.model.Username;
import dev.authdash.core.port.in.PasskeySignInUseCase;
import dev.authdash.core.port.out.PasskeyStore;
import dev.authdash.core.port.out.UserRepository;
import java.time.Instant;
import java.util.Optional;

/**
 * Sign-in with a passkey alone. The relying party verified the signature; here the passkey must
 * still exist, its count move forward, and its user not be locked out (a lock set by password
 * guesses holds for every way in). A refusal counts toward the client address's failures.
 */
public final class PasskeySignInService implements PasskeySignInUseCase {
  static final String REFUSED = "That passkey was not accepted. Sign in with your password.";

  private final UserRepository users;
  private final PasskeyStore passkeys;
  private final PasskeyCheck check;
  private final LoginThrottle throttle;
  private final SignInCompletion completion;
  private final TimeSource time;

  PasskeySignInService(
      UserRepository users,
      PasskeyStore passkeys,
      PasskeyCheck check,
      LoginThrottle throttle,
      SignInCompletion completion,
      TimeSource time) {
    this.users = users;
    this.passkeys = passkeys;
    this.check = check;
    this.throttle = throttle;
    this.completion = completion;
    this.time = time;
  }

  @Override
  public SignedIn signIn(
      PasskeyAssertion assertion, ClientInfo client, Optional<SessionToken> previous) {
    Instant now = time.now();
    Optional<User> owner =
        passkeys.find(assertion.id()).flatMap(passkey -> users.findById(passkey.userId()));
    String name = owner.map(user -> user.username().value()).orElse("");
    throttle.checkAllowed(name, client, now);
    Optional<Passkey> used =
        owner.isPresent() ? check.spend(assertion, client, now) : Optional.empty();
    if (used.isEmpty()) {
      throw throttle.failure(name, client, now, new InvalidCredentialsException(REFUSED));
    }
    return completion.signIn(
        owner.get(), client, previous, Optional.empty(), now, SignInMethod.PASSKEY);
  }

  @Override
  public RuntimeException notVerified(ClientInfo client) {
    Instant now = time.now();
    try {
      throttle.checkAllowed("", client, now);
    } catch (LoginThrottledException throttled) {
      return throttled;
    }
    throttle.addressFailure(client, now, "passkey not verified");
    return new InvalidCredentialsException(REFUSED);
  }

  @Override
  public Optional<PasskeyHolder> holderOf(PasskeyId id) {
    return passkeys.find(id).flatMap(passkey -> users.findById(passkey.userId())).map(this::holder);
  }

  @Override
  public Optional<PasskeyHolder> holder(String username) {
    return Username.parse(username).flatMap(users::findByUsername).map(this::holder);
  }

  @Override
  public Optional<PasskeyHolder> holderOfHandle(byte[] userHandle) {
    return Passkey.userOfHandle(userHandle).flatMap(users::findById).map(this::holder);
  }

  private PasskeyHolder holder(User user) {
    return new PasskeyHolder(user.id(), user.username().value(), passkeys.findByUser(user.id()));
  }
}
