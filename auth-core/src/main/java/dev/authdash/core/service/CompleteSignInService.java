package dev.authdash.core.service;

import dev.authdash.core.error.InvalidCredentialsException;
import dev.authdash.core.error.SignInExpiredException;
import dev.authdash.core.model.AuditEventType;
import dev.authdash.core.model.PendingSignIn;
import dev.authdash.core.model.SecondFactor;
import dev.authdash.core.model.SignedIn;
import dev.authdash.core.model.User;
import dev.authdash.core.model.Username;
import dev.authdash.core.port.in.CompleteSignInCommand;
import dev.authdash.core.port.in.CompleteSignInUseCase;
import dev.authdash.core.port.in.SecondFactorProof;
import dev.authdash.core.port.out.SecondFactorStore;
import java.time.Instant;
import java.util.Optional;

/**
 * The second step of a sign-in. The lockout of the username applies as at the first step, and a
 * wrong or replayed code counts as a failure there, so a stolen password does not buy unlimited
 * guesses at the code (toward the device's count when a device cookie vouches for the name, as at
 * the first step). When an admin reset the factor between the two steps, the right password that
 * was already given is enough.
 */
public final class CompleteSignInService implements CompleteSignInUseCase {
  static final String WRONG_CODE =
      "That code is not right. Try the current code, or a recovery code.";
  static final String WRONG_PASSKEY =
      "That passkey was not accepted. Use one of your passkeys, or a code.";

  private final PendingSignIns pendingSignIns;
  private final SecondFactorStore factors;
  private final SecondFactorCheck check;
  private final PasskeyCheck passkeys;
  private final LoginThrottle throttle;
  private final SignInCompletion completion;
  private final Auditor auditor;
  private final DeviceCookies deviceCookies;
  private final TimeSource time;

  CompleteSignInService(
      PendingSignIns pendingSignIns,
      SecondFactorStore factors,
      SecondFactorCheck check,
      PasskeyCheck passkeys,
      LoginThrottle throttle,
      SignInCompletion completion,
      Auditor auditor,
      DeviceCookies deviceCookies,
      TimeSource time) {
    this.pendingSignIns = pendingSignIns;
    this.factors = factors;
    this.check = check;
    this.passkeys = passkeys;
    this.throttle = throttle;
    this.completion = completion;
    this.auditor = auditor;
    this.deviceCookies = deviceCookies;
    this.time = time;
  }

  @Override
  public SignedIn complete(CompleteSignInCommand command) {
    Instant now = time.now();
    User user =
        pendingSignIns.open(command.pending(), now).orElseThrow(SignInExpiredException::new);
    String name = user.username().value();
    Optional<String> device = deviceCookies.trustedDevice(command.device(), name, now);
    throttle.checkAllowed(name, device, command.client(), now);
    Optional<SecondFactor> factor = factors.find(user.id()).filter(SecondFactor::enabled);
    SignInMethod method = SignInMethod.PASSWORD;
    if (factor.isPresent()) {
      method = spend(user, factor.get(), command, device, now);
    }
    return completion.signIn(user, command.client(), command.previous(), device, now, method);
  }

  @Override
  public Optional<Username> pendingUsername(PendingSignIn pending) {
    return pendingSignIns.open(pending, time.now()).map(User::username);
  }

  /** Checks and spends the proof; throws (counted as a failure) when it is wrong. */
  private SignInMethod spend(
      User user,
      SecondFactor factor,
      CompleteSignInCommand command,
      Optional<String> device,
      Instant now) {
    String name = user.username().value();
    if (command.proof() instanceof SecondFactorProof.Passkey passkey) {
      if (passkeys.spendFor(user.id(), passkey.assertion(), command.client(), now).isEmpty()) {
        auditor.record(AuditEventType.MFA_FAILED, name, name, command.client(), "passkey");
        throw throttle.failure(
            name, device, command.client(), now, new InvalidCredentialsException(WRONG_PASSKEY));
      }
      return SignInMethod.PASSWORD_PASSKEY;
    }
    Optional<SecondFactorCheck.Accepted> accepted = check.spend(factor, command.proof(), now);
    if (accepted.isEmpty()) {
      auditor.record(AuditEventType.MFA_FAILED, name, name, command.client(), "at sign-in");
      throw throttle.failure(
          name, device, command.client(), now, new InvalidCredentialsException(WRONG_CODE));
    }
    if (accepted.get() == SecondFactorCheck.Accepted.RECOVERY_CODE) {
      auditor.record(
          AuditEventType.RECOVERY_CODE_USED,
          name,
          name,
          command.client(),
          factors.recoveryCodesLeft(user.id()) + " left");
      return SignInMethod.PASSWORD_RECOVERY_CODE;
    }
    return SignInMethod.PASSWORD_TOTP;
  }
}
