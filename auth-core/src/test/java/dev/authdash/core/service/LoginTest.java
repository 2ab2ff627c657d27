package dev.authdash.core.service;

import static dev.authdash.core.testing.CoreFixture.CLIENT;
import static dev.authdash.core.testing.CoreFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.authdash.core.crypto.WeakHashes;
import dev.authdash.core.error.InvalidCredentialsException;
import dev.authdash.core.model.AuditEventType;
import dev.authdash.core.model.Password;
import dev.authdash.core.model.SessionResolution;
import dev.authdash.core.model.SignedIn;
import dev.authdash.core.port.in.LoginCommand;
import dev.authdash.core.testing.CoreFixture;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LoginTest {
  private final CoreFixture f = new CoreFixture();

  @Test
  void givenTheRightPassword_login_issuesASessionThatResolves() {
    f.register("alice");

    SignedIn signedIn = f.login("ALICE", PASSWORD);

    assertThat(signedIn.user().username().value()).isEqualTo("alice");
    assertThat(f.resolve(signedIn)).isInstanceOf(SessionResolution.Active.class);
  }

  @Test
  void everyLogin_issuesANewToken_andTheTokenTheClientBroughtDies() {
    SignedIn registered = f.register("alice");

    SignedIn second =
        f.core
            .login()
            .login(
                new LoginCommand(
                    "alice", Password.of(PASSWORD), CLIENT, Optional.of(registered.token())));

    assertThat(second.token()).isNotEqualTo(registered.token());
    assertThat(f.resolve(registered)).isInstanceOf(SessionResolution.Missing.class);
    assertThat(f.resolve(second)).isInstanceOf(SessionResolution.Active.class);
  }

  @Test
  void aWrongPassword_andAnUnknownUser_getTheSameMessage() {
    f.register("alice");

    assertThatThrownBy(() -> f.login("alice", "wrong password entirely"))
        .isInstanceOf(InvalidCredentialsException.class)
        .hasMessage("Invalid username or password.");
    assertThatThrownBy(() -> f.login("nobody", "wrong password entirely"))
        .isInstanceOf(InvalidCredentialsException.class)
        .hasMessage("Invalid username or password.");
    assertThatThrownBy(() -> f.login("<not a valid name>", "x"))
        .isInstanceOf(InvalidCredentialsException.class)
        .hasMessage("Invalid username or password.");
  }

  @Test
  void anUnknownUsername_costsTheSameArgon2VerificationAsAKnownOne() {
    f.register("alice");

    int before = f.hasher.verifications();
    assertThatThrownBy(() -> f.login("alice", "wrong password entirely"));
    int known = f.hasher.verifications() - before;
    before = f.hasher.verifications();
    assertThatThrownBy(() -> f.login("nobody", "wrong password entirely"));
    int unknown = f.hasher.verifications() - before;

    assertThat(known).isEqualTo(1);
    assertThat(unknown).isEqualTo(known);
  }

  @Test
  void anOversizedPassword_isRefusedAsInvalid_withoutHashing() {
    f.register("alice");
    int before = f.hasher.argon2Runs();

    assertThatThrownBy(() -> f.login("alice", "x".repeat(100_000)))
        .isInstanceOf(InvalidCredentialsException.class);
    assertThat(f.hasher.argon2Runs()).isEqualTo(before);
  }

  @Test
  void login_recordsTheTimeAndAddressOfTheLastLogin() {
    f.register("alice");

    f.login("alice", PASSWORD);

    assertThat(f.stored("alice").lastLoginIfAny())
        .hasValueSatisfying(
            last -> {
              assertThat(last.at()).isEqualTo(f.clock.instant());
              assertThat(last.address()).isEqualTo(CLIENT.address());
            });
  }

  @Test
  void eachLogin_keepsThePreviousOne_soTheDashboardCanShowTheSignInBeforeThisOne() {
    f.register("alice");
    f.login("alice", PASSWORD);
    java.time.Instant first = f.clock.instant();
    f.clock.advance(java.time.Duration.ofHours(3));

    f.login("alice", PASSWORD, dev.authdash.core.model.ClientInfo.of("203.0.113.5", "phone"));

    assertThat(f.stored("alice").previousLoginIfAny())
        .hasValueSatisfying(
            previous -> {
              assertThat(previous.at()).isEqualTo(first);
              assertThat(previous.address()).isEqualTo(CLIENT.address());
            });
    assertThat(f.stored("alice").lastLoginIfAny().orElseThrow().address()).isEqualTo("203.0.113.5");
  }

  @Test
  void aHashMadeWithWeakerParameters_isUpgradedOnTheNextSuccessfulLogin() {
    f.register("alice");
    f.users.update(f.stored("alice").withPasswordHash(WeakHashes.argon2(4096, 1, PASSWORD)));

    f.login("alice", PASSWORD);

    assertThat(f.stored("alice").passwordHash())
        .startsWith("{argon2}$argon2id$v=19$m=19456,t=2,p=1$");
    assertThat(f.login("alice", PASSWORD)).isNotNull();
  }

  @Test
  void loginsAndFailures_areAudited() {
    f.register("alice");
    f.login("alice", PASSWORD);
    assertThatThrownBy(() -> f.login("alice", "wrong password entirely"));

    assertThat(f.auditEvents())
        .extracting(e -> e.type())
        .contains(AuditEventType.LOGIN_SUCCEEDED, AuditEventType.LOGIN_FAILED);
  }
}
