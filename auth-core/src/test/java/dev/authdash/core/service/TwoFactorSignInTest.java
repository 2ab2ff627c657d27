package dev.authdash.core.service;

import static dev.authdash.core.testing.CoreFixture.CLIENT;
import static dev.authdash.core.testing.CoreFixture.OTHER_PASSWORD;
import static dev.authdash.core.testing.CoreFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.authdash.core.AuthCore;
import dev.authdash.core.error.InvalidCredentialsException;
import dev.authdash.core.error.LoginThrottledException;
import dev.authdash.core.error.NotPermittedException;
import dev.authdash.core.error.ProtectedOwnerException;
import dev.authdash.core.error.SecondFactorRequiredException;
import dev.authdash.core.error.SecondFactorStateException;
import dev.authdash.core.error.SignInExpiredException;
import dev.authdash.core.model.AuditEventType;
import dev.authdash.core.model.ClientInfo;
import dev.authdash.core.model.DeviceCookie;
import dev.authdash.core.model.Enrolment;
import dev.authdash.core.model.Password;
import dev.authdash.core.model.PendingSignIn;
import dev.authdash.core.model.RecoveryCodes;
import dev.authdash.core.model.SecondFactorStatus;
import dev.authdash.core.model.SessionResolution;
import dev.authdash.core.model.SignedIn;
import dev.authdash.core.model.TotpSecret;
import dev.authdash.core.port.in.ActOnUserCommand;
import dev.authdash.core.port.in.ChangePasswordCommand;
import dev.authdash.core.port.in.CompleteSignInCommand;
import dev.authdash.core.port.in.LoginCommand;
import dev.authdash.core.port.in.RegenerateRecoveryCodesCommand;
import dev.authdash.core.port.in.SecondFactorCommand;
import dev.authdash.core.port.in.SecondFactorProof;
import dev.authdash.core.secrets.SecretBox;
import dev.authdash.core.secrets.Totp;
import dev.authdash.core.testing.CoreFixture;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Two-factor sign-in through the core: enrolment, the second step, codes, lockout and resets. */
class TwoFactorSignInTest {
  private static final Duration STEP = Duration.ofSeconds(Totp.STEP_SECONDS);
  private final CoreFixture f = new CoreFixture();

  /** The key and recovery codes of an enrolled user, and the step the enrolment code used. */
  private record Enrolled(TotpSecret secret, RecoveryCodes codes) {}

  private Enrolled enrol(SignedIn signedIn) {
    return enrol(signedIn, PASSWORD);
  }

  private Enrolled enrol(SignedIn signedIn, String password) {
    Enrolment enrolment = f.core.enrolSecondFactor().begin(CoreFixture.actor(signedIn));
    RecoveryCodes codes =
        f.core
            .enrolSecondFactor()
            .confirm(
                new SecondFactorCommand(
                    CoreFixture.actor(signedIn),
                    Password.of(password),
                    code(enrolment.secret()),
                    CLIENT));
    return new Enrolled(enrolment.secret(), codes);
  }

  private String code(TotpSecret secret) {
    return Totp.codeAt(secret.reveal(), f.clock.instant());
  }

  private SignedIn complete(PendingSignIn pending, String typed) {
    return f.core
        .completeSignIn()
        .complete(new CompleteSignInCommand(pending, SecondFactorProof.parse(typed), CLIENT));
  }

  private List<AuditEventType> auditTypes() {
    return f.auditEvents().stream().map(e -> e.type()).toList();
  }

  @Test
  void enrolment_turnsItOn_withTenRecoveryCodes_andIsAudited() {
    SignedIn alice = f.register("alice");
    Enrolled enrolled = enrol(alice);

    assertThat(enrolled.codes().reveal()).hasSize(10).doesNotHaveDuplicates();
    assertThat(enrolled.codes().reveal().get(0)).matches("[a-z2-9]{5}-[a-z2-9]{5}");
    assertThat(f.core.secondFactorStatus().status(CoreFixture.actor(alice), "alice"))
        .isEqualTo(new SecondFactorStatus(true, 10));
    assertThat(auditTypes()).contains(AuditEventType.MFA_ENABLED);
    assertThat(f.secondFactors.find(alice.user().id()).orElseThrow().encryptedSecret())
        .as("the key is stored encrypted")
        .doesNotContain(enrolled.secret().base32());
  }

  @Test
  void enrolment_needsTheRightCodeAndThePassword() {
    SignedIn alice = f.register("alice");
    Enrolment enrolment = f.core.enrolSecondFactor().begin(CoreFixture.actor(alice));
    String right = code(enrolment.secret());
    String wrong = right.equals("000000") ? "111111" : "000000";

    assertThatThrownBy(
            () ->
                f.core
                    .enrolSecondFactor()
                    .confirm(
                        new SecondFactorCommand(
                            CoreFixture.actor(alice), Password.of(OTHER_PASSWORD), right, CLIENT)))
        .isInstanceOf(InvalidCredentialsException.class)
        .hasMessageContaining("password");
    assertThatThrownBy(
            () ->
                f.core
                    .enrolSecondFactor()
                    .confirm(
                        new SecondFactorCommand(
                            CoreFixture.actor(alice), Password.of(PASSWORD), wrong, CLIENT)))
        .isInstanceOf(InvalidCredentialsException.class)
        .hasMessageContaining("code");
    assertThat(f.core.secondFactorStatus().status(CoreFixture.actor(alice), "alice").enabled())
        .isFalse();
    assertThat(auditTypes()).contains(AuditEventType.MFA_FAILED);
    assertThat(f.login("alice", PASSWORD)).as("still one step").isNotNull();
  }

  @Test
  void aRightPassword_givesAPendingSignIn_thatOpensNothing_andACodeCompletesIt() {
    SignedIn alice = f.register("alice");
    Enrolled enrolled = enrol(alice);
    int sessionsBefore = f.sessions.findByUser(alice.user().id()).size();
    PendingSignIn pending = f.pendingSignIn("alice");

    assertThat(f.sessions.findByUser(alice.user().id())).hasSize(sessionsBefore);
    f.clock.advance(STEP);
    SignedIn signedIn = complete(pending, code(enrolled.secret()));

    assertThat(signedIn.user().username().value()).isEqualTo("alice");
    assertThat(f.resolve(signedIn)).isInstanceOf(SessionResolution.Active.class);
    assertThat(signedIn.token().reveal()).isNotEqualTo(pending.reveal());
    assertThat(auditTypes()).contains(AuditEventType.LOGIN_SUCCEEDED);
  }

  @Test
  void theCompletedSecondStep_leavesADeviceCookie_underWhichBothStepsSkipTheNamesLock() {
    SignedIn alice = f.register("alice");
    Enrolled enrolled = enrol(alice);
    f.clock.advance(STEP);
    Optional<DeviceCookie> browser =
        complete(f.pendingSignIn("alice"), code(enrolled.secret())).device();
    assertThat(browser).as("left after the second factor").isPresent();
    ClientInfo elsewhere = ClientInfo.of("203.0.113.9", "curl/8.5");
    for (int i = 0; i < 5; i++) {
      assertThatThrownBy(() -> f.login("alice", "not her password at all", elsewhere))
          .isInstanceOf(RuntimeException.class);
    }
    assertThatThrownBy(() -> f.login("alice", PASSWORD, elsewhere))
        .isInstanceOf(LoginThrottledException.class);

    PendingSignIn pending;
    try {
      f.core
          .login()
          .login(
              new LoginCommand("alice", Password.of(PASSWORD), CLIENT, Optional.empty(), browser));
      throw new AssertionError("no second step was asked for");
    } catch (SecondFactorRequiredException e) {
      pending = PendingSignIn.parse(e.revealPendingSignIn()).orElseThrow();
    }
    f.clock.advance(STEP);
    SignedIn signedIn =
        f.core
            .completeSignIn()
            .complete(
                new CompleteSignInCommand(
                    pending,
                    SecondFactorProof.parse(code(enrolled.secret())),
                    CLIENT,
                    Optional.empty(),
                    browser));

    assertThat(signedIn.user().username().value()).isEqualTo("alice");
  }

  @Test
  void aCodeIsGoodForOneUse_evenInsideItsWindow() {
    SignedIn alice = f.register("alice");
    Enrolled enrolled = enrol(alice);
    String enrolmentCode = code(enrolled.secret());

    assertThatThrownBy(() -> complete(f.pendingSignIn("alice"), enrolmentCode))
        .as("the code used to enrol")
        .isInstanceOf(InvalidCredentialsException.class);
    f.clock.advance(STEP);
    String fresh = code(enrolled.secret());
    complete(f.pendingSignIn("alice"), fresh);
    assertThatThrownBy(() -> complete(f.pendingSignIn("alice"), fresh))
        .as("a replayed code")
        .isInstanceOf(InvalidCredentialsException.class)
        .hasMessage(CompleteSignInService.WRONG_CODE);
    assertThat(auditTypes()).contains(AuditEventType.MFA_FAILED);
  }

  @Test
  void codesOneStepAwayAreAccepted_twoStepsAwayRefused() {
    SignedIn alice = f.register("alice");
    Enrolled enrolled = enrol(alice);
    byte[] key = enrolled.secret().reveal();
    f.clock.advance(STEP.multipliedBy(10));
    long now = Totp.stepAt(f.clock.instant());

    assertThatThrownBy(() -> complete(f.pendingSignIn("alice"), Totp.code(key, now - 2, 6)))
        .isInstanceOf(InvalidCredentialsException.class);
    assertThatThrownBy(() -> complete(f.pendingSignIn("alice"), Totp.code(key, now + 2, 6)))
        .isInstanceOf(InvalidCredentialsException.class);
    assertThat(complete(f.pendingSignIn("alice"), Totp.code(key, now - 1, 6))).isNotNull();
    assertThat(complete(f.pendingSignIn("alice"), Totp.code(key, now + 1, 6))).isNotNull();
  }

  @Test
  void aRecoveryCode_signsInOnce() {
    SignedIn alice = f.register("alice");
    Enrolled enrolled = enrol(alice);
    String recovery = enrolled.codes().reveal().get(3);

    assertThat(complete(f.pendingSignIn("alice"), recovery.toUpperCase())).isNotNull();
    assertThatThrownBy(() -> complete(f.pendingSignIn("alice"), recovery))
        .isInstanceOf(InvalidCredentialsException.class);
    assertThat(f.core.secondFactorStatus().status(CoreFixture.actor(alice), "alice"))
        .isEqualTo(new SecondFactorStatus(true, 9));
    assertThat(auditTypes()).contains(AuditEventType.RECOVERY_CODE_USED);
  }

  @Test
  void wrongPasswordsAndWrongCodes_countTowardOneLockout() {
    enrol(f.register("alice"));
    for (int i = 0; i < 3; i++) {
      assertThatThrownBy(() -> f.login("alice", OTHER_PASSWORD))
          .isInstanceOf(InvalidCredentialsException.class);
    }
    PendingSignIn pending = f.pendingSignIn("alice");
    assertThatThrownBy(() -> complete(pending, "000000"))
        .isInstanceOf(InvalidCredentialsException.class);

    assertThatThrownBy(() -> complete(pending, "000001"))
        .isInstanceOf(LoginThrottledException.class);
    assertThatThrownBy(() -> f.login("alice", PASSWORD))
        .isInstanceOf(LoginThrottledException.class);
  }

  @Test
  void theRightPasswordAgain_doesNotClearWrongCodes() {
    enrol(f.register("alice"));
    for (int i = 0; i < 4; i++) {
      assertThatThrownBy(() -> complete(f.pendingSignIn("alice"), "abcde-fghjk"))
          .isInstanceOf(InvalidCredentialsException.class);
    }

    assertThatThrownBy(() -> complete(f.pendingSignIn("alice"), "123456"))
        .isInstanceOf(LoginThrottledException.class);
  }

  @Test
  void aWrongPassword_getsTheSameAnswer_withOrWithoutTwoFactor() {
    f.register("plain");
    enrol(f.register("guarded"));

    assertThatThrownBy(() -> f.login("plain", OTHER_PASSWORD))
        .isInstanceOf(InvalidCredentialsException.class)
        .hasMessage(InvalidCredentialsException.MESSAGE);
    assertThatThrownBy(() -> f.login("guarded", OTHER_PASSWORD))
        .isInstanceOf(InvalidCredentialsException.class)
        .hasMessage(InvalidCredentialsException.MESSAGE);
  }

  @Test
  void aPendingSignIn_diesAfterFiveMinutes_withAPasswordChange_andWhenForged() {
    SignedIn alice = f.register("alice");
    Enrolled enrolled = enrol(alice);
    PendingSignIn late = f.pendingSignIn("alice");
    f.clock.advance(Duration.ofMinutes(5));
    assertThatThrownBy(() -> complete(late, code(enrolled.secret())))
        .isInstanceOf(SignInExpiredException.class);

    PendingSignIn beforeChange = f.pendingSignIn("alice");
    f.core
        .changePassword()
        .changePassword(
            new ChangePasswordCommand(
                alice.token(), Password.of(PASSWORD), Password.of(OTHER_PASSWORD), CLIENT));
    f.clock.advance(STEP);
    assertThatThrownBy(() -> complete(beforeChange, code(enrolled.secret())))
        .isInstanceOf(SignInExpiredException.class);

    PendingSignIn forged =
        PendingSignIn.parse(
                SecretBox.generateKey().replace('+', '-').replace('/', '_').replace("=", "")
                    + "abcdefgh")
            .orElseThrow();
    assertThatThrownBy(() -> complete(forged, code(enrolled.secret())))
        .isInstanceOf(SignInExpiredException.class);
  }

  @Test
  void disabling_needsThePasswordAndACode_thenOneStepSignsIn() {
    SignedIn alice = f.register("alice");
    Enrolled enrolled = enrol(alice);
    f.clock.advance(STEP);

    assertThatThrownBy(
            () ->
                f.core
                    .disableSecondFactor()
                    .disable(
                        new SecondFactorCommand(
                            CoreFixture.actor(alice), Password.of(PASSWORD), "000000", CLIENT)))
        .isInstanceOf(InvalidCredentialsException.class);
    f.core
        .disableSecondFactor()
        .disable(
            new SecondFactorCommand(
                CoreFixture.actor(alice), Password.of(PASSWORD), code(enrolled.secret()), CLIENT));

    assertThat(f.login("alice", PASSWORD)).isNotNull();
    assertThat(auditTypes()).contains(AuditEventType.MFA_DISABLED);
    assertThat(f.secondFactors.recoveryCodesLeft(alice.user().id())).isZero();
  }

  @Test
  void newRecoveryCodes_replaceTheOldOnes() {
    SignedIn alice = f.register("alice");
    Enrolled enrolled = enrol(alice);

    RecoveryCodes fresh =
        f.core
            .recoveryCodes()
            .regenerate(
                new RegenerateRecoveryCodesCommand(
                    CoreFixture.actor(alice), Password.of(PASSWORD), CLIENT));

    assertThatThrownBy(() -> complete(f.pendingSignIn("alice"), enrolled.codes().reveal().get(0)))
        .isInstanceOf(InvalidCredentialsException.class);
    assertThat(complete(f.pendingSignIn("alice"), fresh.reveal().get(0))).isNotNull();
  }

  @Test
  void anAdminResetsAUsersFactor_butOnlyTheOwnerResetsTheOwners() {
    SignedIn owner = f.owner();
    SignedIn admin = f.secondAdmin(owner, "adele");
    SignedIn alice = f.register("alice");
    enrol(alice);
    f.clock.advance(STEP);
    enrol(owner, CoreFixture.OWNER_PASSWORD);

    assertThatThrownBy(
            () ->
                f.core
                    .resetSecondFactor()
                    .reset(new ActOnUserCommand(CoreFixture.actor(alice), "alice", CLIENT)))
        .isInstanceOf(NotPermittedException.class);
    assertThatThrownBy(
            () ->
                f.core
                    .resetSecondFactor()
                    .reset(new ActOnUserCommand(CoreFixture.actor(admin), "admin", CLIENT)))
        .isInstanceOf(ProtectedOwnerException.class);
    assertThat(
            f.core
                .resetSecondFactor()
                .reset(new ActOnUserCommand(CoreFixture.actor(admin), "alice", CLIENT)))
        .isTrue();
    assertThat(
            f.core
                .resetSecondFactor()
                .reset(new ActOnUserCommand(CoreFixture.actor(owner), "admin", CLIENT)))
        .isTrue();

    assertThat(f.login("alice", PASSWORD)).isNotNull();
    assertThat(auditTypes()).contains(AuditEventType.MFA_RESET);
  }

  @Test
  void deletingAUser_deletesTheirSecondFactor_inEveryStore() {
    SignedIn owner = f.owner();
    SignedIn alice = f.register("alice");
    enrol(alice);

    f.core.deleteUser().deleteUser(new ActOnUserCommand(CoreFixture.actor(owner), "alice", CLIENT));

    assertThat(f.secondFactors.find(alice.user().id()))
        .as("no key is left behind for a user who is gone")
        .isEmpty();
  }

  @Test
  void enrollingTwice_isRefusedOnceOn() {
    SignedIn alice = f.register("alice");
    enrol(alice);

    assertThatThrownBy(() -> f.core.enrolSecondFactor().begin(CoreFixture.actor(alice)))
        .isInstanceOf(SecondFactorStateException.class);
  }

  @Test
  void rotatingTheSecretKey_reencryptsEveryKey() {
    SignedIn alice = f.register("alice");
    Enrolled enrolled = enrol(alice);
    String newKey = SecretBox.generateKey();

    assertThat(f.core.rotateSecretKey().rotate(newKey)).isEqualTo(1);

    AuthCore rotated =
        AuthCore.builder()
            .clock(f.clock)
            .users(f.users, new dev.authdash.core.adapter.memory.InMemoryUnitOfWork())
            .secondFactors(f.secondFactors)
            .secretKey(newKey)
            .build();
    f.clock.advance(STEP);
    PendingSignIn pending;
    try {
      rotated
          .login()
          .login(
              new dev.authdash.core.port.in.LoginCommand("alice", Password.of(PASSWORD), CLIENT));
      throw new AssertionError("no second step");
    } catch (SecondFactorRequiredException e) {
      pending = PendingSignIn.parse(e.revealPendingSignIn()).orElseThrow();
    }
    assertThat(
            rotated
                .completeSignIn()
                .complete(
                    new CompleteSignInCommand(
                        pending, SecondFactorProof.parse(code(enrolled.secret())), CLIENT)))
        .isNotNull();
  }
}
