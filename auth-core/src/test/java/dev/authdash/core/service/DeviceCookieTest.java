package dev.authdash.core.service;

import static dev.authdash.core.testing.CoreFixture.CLIENT;
import static dev.authdash.core.testing.CoreFixture.OTHER_PASSWORD;
import static dev.authdash.core.testing.CoreFixture.OWNER_PASSWORD;
import static dev.authdash.core.testing.CoreFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.authdash.core.config.AuthConfig;
import dev.authdash.core.error.InvalidCredentialsException;
import dev.authdash.core.error.LoginThrottledException;
import dev.authdash.core.model.AuditEventType;
import dev.authdash.core.model.ClientInfo;
import dev.authdash.core.model.DeviceCookie;
import dev.authdash.core.model.Password;
import dev.authdash.core.model.SignedIn;
import dev.authdash.core.port.in.ActOnUserCommand;
import dev.authdash.core.port.in.ChangePasswordCommand;
import dev.authdash.core.port.in.LoginCommand;
import dev.authdash.core.testing.CoreFixture;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Device cookies (OWASP): a browser where a user signed in is throttled on its own, so anonymous
 * failures cannot lock that user out of it, and its own failures lock only it.
 */
class DeviceCookieTest {
  private static final String WRONG = "wrong password entirely";
  private static final ClientInfo ATTACKER = ClientInfo.of("203.0.113.66", "curl/8.5");
  private final CoreFixture f = new CoreFixture();

  private SignedIn login(String name, String password, Optional<DeviceCookie> device) {
    return login(f, name, password, device);
  }

  private static SignedIn login(
      CoreFixture in, String name, String password, Optional<DeviceCookie> device) {
    return in.core
        .login()
        .login(new LoginCommand(name, Password.of(password), CLIENT, Optional.empty(), device));
  }

  /** Five failures from somewhere without a cookie: the name's global lock. */
  private void lockAnonymously(String name) {
    for (int i = 0; i < 4; i++) {
      assertThatThrownBy(() -> f.login(name, WRONG, ATTACKER))
          .isInstanceOf(InvalidCredentialsException.class);
    }
    assertThatThrownBy(() -> f.login(name, WRONG, ATTACKER))
        .isInstanceOf(LoginThrottledException.class);
    assertThatThrownBy(() -> f.login(name, OWNER_PASSWORD, ATTACKER))
        .isInstanceOf(LoginThrottledException.class);
  }

  private static Optional<DeviceCookie> cookieOf(SignedIn signedIn) {
    return DeviceCookie.parse(signedIn.device().orElseThrow().reveal());
  }

  @Test
  void aSignIn_leavesADeviceCookie_livingForTheConfiguredLifetime() {
    SignedIn owner = f.owner();

    assertThat(owner.device()).isPresent();
    assertThat(owner.device().get().expiresAt())
        .isEqualTo(f.clock.instant().plus(Duration.ofDays(365)));
    assertThat(owner.device().get().toString()).doesNotContain(owner.device().get().reveal());
  }

  @Test
  void theOwnerLockedByAnonymousFailures_stillSignsIn_withTheCookieOfAnEarlierSignIn() {
    Optional<DeviceCookie> browser = cookieOf(f.owner());
    lockAnonymously("admin");

    SignedIn again = login("admin", OWNER_PASSWORD, browser);

    assertThat(again.user().username().value()).isEqualTo("admin");
    assertThat(again.device()).isPresent();
    assertThatThrownBy(() -> f.login("admin", OWNER_PASSWORD, ATTACKER))
        .as("the name's lock still holds for everyone without a cookie")
        .isInstanceOf(LoginThrottledException.class);
  }

  @Test
  void aTrustedBrowsersOwnFailures_lockOnlyThatBrowser() {
    Optional<DeviceCookie> first = cookieOf(f.owner());
    Optional<DeviceCookie> second = cookieOf(login("admin", OWNER_PASSWORD, Optional.empty()));
    for (int i = 0; i < 4; i++) {
      assertThatThrownBy(() -> login("admin", WRONG, first))
          .isInstanceOf(InvalidCredentialsException.class);
    }
    assertThatThrownBy(() -> login("admin", WRONG, first))
        .isInstanceOfSatisfying(
            LoginThrottledException.class,
            e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(30)));
    int checked = f.hasher.verifications();

    assertThatThrownBy(() -> login("admin", OWNER_PASSWORD, first))
        .isInstanceOf(LoginThrottledException.class);
    assertThat(f.hasher.verifications()).isEqualTo(checked);
    assertThat(login("admin", OWNER_PASSWORD, second).user().username().value()).isEqualTo("admin");
    assertThat(f.login("admin", OWNER_PASSWORD).user().username().value())
        .as("the name itself is not locked")
        .isEqualTo("admin");
    assertThat(f.auditEvents())
        .anySatisfy(
            e -> {
              assertThat(e.type()).isEqualTo(AuditEventType.LOCKED);
              assertThat(e.detail()).startsWith("trusted device locked for 30 s");
            });
  }

  @Test
  void theDeviceLock_liftsAfterItsTime_andASuccessStartsTheDeviceAfresh() {
    Optional<DeviceCookie> browser = cookieOf(f.owner());
    for (int i = 0; i < 5; i++) {
      assertThatThrownBy(() -> login("admin", WRONG, browser)).isInstanceOf(RuntimeException.class);
    }
    f.clock.advance(Duration.ofSeconds(30));

    assertThat(login("admin", OWNER_PASSWORD, browser).device()).isPresent();
    assertThatThrownBy(() -> login("admin", WRONG, browser))
        .isInstanceOf(InvalidCredentialsException.class);
  }

  @Test
  void aCookie_vouchesOnlyForItsOwnName() {
    f.owner();
    f.register("alice");
    Optional<DeviceCookie> alices = cookieOf(f.login("alice", PASSWORD));
    lockAnonymously("admin");

    assertThatThrownBy(() -> login("admin", OWNER_PASSWORD, alices))
        .isInstanceOf(LoginThrottledException.class);
  }

  @Test
  void aForgedOrAlteredCookie_vouchesForNothing() {
    String genuine = f.owner().device().orElseThrow().reveal();
    lockAnonymously("admin");
    // One character of the signature changed, away from its end: the last base64url character
    // carries unused bits, so changing it can leave the decoded bytes as they were.
    int at = genuine.length() - 5;
    String altered =
        genuine.substring(0, at)
            + (genuine.charAt(at) == 'A' ? 'B' : 'A')
            + genuine.substring(at + 1);

    assertThatThrownBy(() -> login("admin", OWNER_PASSWORD, DeviceCookie.parse(altered)))
        .isInstanceOf(LoginThrottledException.class);
    CoreFixture otherKey = new CoreFixture();
    Optional<DeviceCookie> signedElsewhere = cookieOf(otherKey.owner());
    assertThatThrownBy(() -> login("admin", OWNER_PASSWORD, signedElsewhere))
        .as("a cookie signed under another secret key")
        .isInstanceOf(LoginThrottledException.class);
  }

  @Test
  void aCookie_stopsVouching_afterItsLifetime() {
    CoreFixture shortLived =
        new CoreFixture(AuthConfig.builder().deviceCookieLifetime(Duration.ofDays(2)).build());
    Optional<DeviceCookie> browser = cookieOf(shortLived.owner());
    shortLived.clock.advance(Duration.ofDays(2));
    for (int i = 0; i < 5; i++) {
      assertThatThrownBy(() -> shortLived.login("admin", WRONG, ATTACKER))
          .isInstanceOf(RuntimeException.class);
    }

    assertThatThrownBy(() -> login(shortLived, "admin", OWNER_PASSWORD, browser))
        .isInstanceOf(LoginThrottledException.class);
  }

  @Test
  void aPasswordChange_retiresTheCookiesIssuedBefore() {
    SignedIn owner = f.owner();
    Optional<DeviceCookie> before = cookieOf(owner);
    f.core
        .changePassword()
        .changePassword(
            new ChangePasswordCommand(
                owner.token(), Password.of(OWNER_PASSWORD), Password.of(OTHER_PASSWORD), CLIENT));
    Optional<DeviceCookie> after = cookieOf(login("admin", OTHER_PASSWORD, Optional.empty()));
    lockAnonymously("admin");

    assertThatThrownBy(() -> login("admin", OTHER_PASSWORD, before))
        .isInstanceOf(LoginThrottledException.class);
    assertThat(login("admin", OTHER_PASSWORD, after).user().username().value()).isEqualTo("admin");
  }

  @Test
  void signingOutEverywhere_retiresTheCookies() {
    SignedIn owner = f.owner();
    f.register("alice");
    Optional<DeviceCookie> alices = cookieOf(f.login("alice", PASSWORD));
    f.core
        .revokeSessions()
        .revokeAllSessions(new ActOnUserCommand(CoreFixture.actor(owner), "alice", CLIENT));
    lockAnonymously("alice");

    assertThatThrownBy(() -> login("alice", PASSWORD, alices))
        .isInstanceOf(LoginThrottledException.class);
  }

  @Test
  void aCookieOfADeletedUser_vouchesNotForANewUserOfTheSameName() {
    SignedIn owner = f.owner();
    f.register("alice");
    Optional<DeviceCookie> oldAlices = cookieOf(f.login("alice", PASSWORD));
    f.core.deleteUser().deleteUser(new ActOnUserCommand(CoreFixture.actor(owner), "alice", CLIENT));
    f.register("alice");
    lockAnonymously("alice");

    assertThatThrownBy(() -> login("alice", PASSWORD, oldAlices))
        .isInstanceOf(LoginThrottledException.class);
  }
}
