package dev.authdash.core.service;

import dev.authdash.core.error.InvalidCredentialsException;
import dev.authdash.core.error.NotPermittedException;
import dev.authdash.core.error.ProtectedOwnerException;
import dev.authdash.core.error.SecondFactorStateException;
import dev.authdash.core.model.Actor;
import dev.authdash.core.model.AuditEventType;
import dev.authdash.core.model.ClientInfo;
import dev.authdash.core.model.Enrolment;
import dev.authdash.core.model.Password;
import dev.authdash.core.model.RecoveryCodes;
import dev.authdash.core.model.SecondFactor;
import dev.authdash.core.model.SecondFactorStatus;
import dev.authdash.core.model.TotpSecret;
import dev.authdash.core.model.User;
import dev.authdash.core.port.in.ActOnUserCommand;
import dev.authdash.core.port.in.DisableSecondFactorUseCase;
import dev.authdash.core.port.in.EnrolSecondFactorUseCase;
import dev.authdash.core.port.in.RecoveryCodesUseCase;
import dev.authdash.core.port.in.RegenerateRecoveryCodesCommand;
import dev.authdash.core.port.in.ResetSecondFactorUseCase;
import dev.authdash.core.port.in.SecondFactorCommand;
import dev.authdash.core.port.in.SecondFactorProof;
import dev.authdash.core.port.in.SecondFactorStatusUseCase;
import dev.authdash.core.port.out.SecondFactorStore;
import dev.authdash.core.port.out.UserRepository;
import java.time.Instant;
import java.util.Optional;

/**
 * A user's own second factor (enrol, confirm, disable, new recovery codes, status) and an admin's
 * reset of someone else's. Acts on oneself need the current password, checked under the login
 * throttle (a stolen session cannot guess it), and turning the factor off also needs a code.
 */
public final class SecondFactorService
    implements EnrolSecondFactorUseCase,
        DisableSecondFactorUseCase,
        ResetSecondFactorUseCase,
        RecoveryCodesUseCase,
        SecondFactorStatusUseCase {
  static final String ISSUER = "auth-dashboard";

  /**
   * How long a key handed out for enrolment is shown again (a reload, a wrong code) instead of a
   * new one, so that a person who scanned it need not scan again.
   */
  static final java.time.Duration ENROLMENT_REUSE = java.time.Duration.ofMinutes(15);

  private final Access access;
  private final UserRepository users;
  private final SecondFactorStore factors;
  private final SecondFactorCheck check;
  private final CurrentPassword currentPassword;
  private final LoginThrottle throttle;
  private final Auditor auditor;
  private final TimeSource time;

  SecondFactorService(
      Access access,
      UserRepository users,
      SecondFactorStore factors,
      SecondFactorCheck check,
      CurrentPassword currentPassword,
      LoginThrottle throttle,
      Auditor auditor,
      TimeSource time) {
    this.access = access;
    this.users = users;
    this.factors = factors;
    this.check = check;
    this.currentPassword = currentPassword;
    this.throttle = throttle;
    this.auditor = auditor;
    this.time = time;
  }

  @Override
  public Enrolment begin(Actor actor) {
    User user = self(actor);
    if (factors.find(user.id()).filter(SecondFactor::enabled).isPresent()) {
      throw new SecondFactorStateException("Two-factor sign-in is already on.");
    }
    Instant now = time.now();
    TotpSecret secret =
        factors
            .find(user.id())
            .filter(f -> f.createdAt().isAfter(now.minus(ENROLMENT_REUSE)))
            .map(check::secret)
            .orElseGet(
                () -> {
                  TotpSecret fresh = TotpSecret.generate();
                  factors.save(
                      SecondFactor.enrolling(user.id(), check.seal(user.id(), fresh), now));
                  return fresh;
                });
    return new Enrolment(secret, secret.otpauthUri(ISSUER, user.username().value()));
  }

  @Override
  public RecoveryCodes confirm(SecondFactorCommand command) {
    User user = self(command.actor());
    Instant now = time.now();
    requirePassword(user, command.currentPassword(), command.client(), now);
    SecondFactor enrolling =
        factors
            .find(user.id())
            .filter(f -> !f.enabled())
            .orElseThrow(
                () ->
                    new SecondFactorStateException(
                        "Start again: open the two-factor page for a new key."));
    String code = command.code().replaceAll("\\s", "");
    if (!check.spendStep(enrolling, code, now)) {
      failed(user, command.client(), "enrolment: wrong code");
    }
    factors.save(factors.find(user.id()).orElse(enrolling).enable());
    RecoveryCodes codes = freshRecoveryCodes(user);
    record(AuditEventType.MFA_ENABLED, command.actor(), user, command.client(), "");
    return codes;
  }

  @Override
  public void disable(SecondFactorCommand command) {
    User user = self(command.actor());
    Instant now = time.now();
    requirePassword(user, command.currentPassword(), command.client(), now);
    SecondFactor factor = enabled(user);
    if (check.spend(factor, SecondFactorProof.parse(command.code()), now).isEmpty()) {
      failed(user, command.client(), "turning off: wrong code");
    }
    factors.delete(user.id());
    record(AuditEventType.MFA_DISABLED, command.actor(), user, command.client(), "");
  }

  @Override
  public boolean reset(ActOnUserCommand command) {
    Actor actor = command.actor();
    access.requireAdmin(actor);
    User target = access.existing(command.username());
    if (target.owner() && !actor.is(target)) {
      throw new ProtectedOwnerException("Only the owner can reset the owner's two-factor sign-in.");
    }
    boolean removed = factors.delete(target.id());
    if (removed) {
      record(AuditEventType.MFA_RESET, actor, target, command.client(), "");
    }
    return removed;
  }

  @Override
  public RecoveryCodes regenerate(RegenerateRecoveryCodesCommand command) {
    User user = self(command.actor());
    requirePassword(user, command.currentPassword(), command.client(), time.now());
    enabled(user);
    RecoveryCodes codes = freshRecoveryCodes(user);
    record(AuditEventType.RECOVERY_CODES_REGENERATED, command.actor(), user, command.client(), "");
    return codes;
  }

  @Override
  public SecondFactorStatus status(Actor actor, String username) {
    User target = access.existing(username);
    access.requireSelfOrAdmin(actor, target);
    return factors
        .find(target.id())
        .filter(SecondFactor::enabled)
        .map(f -> new SecondFactorStatus(true, factors.recoveryCodesLeft(target.id())))
        .orElseGet(SecondFactorStatus::off);
  }

  /**
   * When the user's two-factor sign-in is on, the code they typed with an act on their own account
   * (an authenticator code or a recovery code), spent as at sign-in; a wrong one is audited and
   * counted like a wrong password. Nothing is asked when it is off.
   */
  void requireCodeWhenOn(User user, String code, ClientInfo client, Instant now) {
    Optional<SecondFactor> factor = factors.find(user.id()).filter(SecondFactor::enabled);
    if (factor.isPresent()
        && check.spend(factor.get(), SecondFactorProof.parse(code), now).isEmpty()) {
      failed(user, client, "deleting the account: wrong code");
    }
  }

  private RecoveryCodes freshRecoveryCodes(User user) {
    RecoveryCodes codes = RecoveryCodes.generate();
    factors.replaceRecoveryCodes(user.id(), codes.digests());
    return codes;
  }

  private SecondFactor enabled(User user) {
    return factors
        .find(user.id())
        .filter(SecondFactor::enabled)
        .orElseThrow(() -> new SecondFactorStateException("Two-factor sign-in is not on."));
  }

  /** The signed-in user acting on their own factor, as stored now. */
  private User self(Actor actor) {
    return actor
        .userIdIfUser()
        .flatMap(users::findById)
        .orElseThrow(() -> new NotPermittedException("Please sign in."));
  }

  private void requirePassword(User user, Password password, ClientInfo client, Instant now) {
    currentPassword.require(user, password, client, now);
  }

  /** A wrong code on one's own factor: audited, and counted like a wrong password. */
  private void failed(User user, ClientInfo client, String detail) {
    String name = user.username().value();
    auditor.record(AuditEventType.MFA_FAILED, name, name, client, detail);
    throw throttle.failure(
        name,
        client,
        time.now(),
        new InvalidCredentialsException(CompleteSignInService.WRONG_CODE));
  }

  private void record(
      AuditEventType type, Actor actor, User target, ClientInfo client, String detail) {
    auditor.record(type, actor, target.username().value(), client, detail);
  }
}
