package dev.authdash.core.service;

import static dev.authdash.core.testing.CoreFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.authdash.core.config.AuthConfig;
import dev.authdash.core.error.InvalidCredentialsException;
import dev.authdash.core.error.LoginThrottledException;
import dev.authdash.core.model.AuditEventType;
import dev.authdash.core.model.ClientInfo;
import dev.authdash.core.testing.CoreFixture;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ThrottlingTest {
  private static final String WRONG = "wrong password entirely";
  private final CoreFixture f = new CoreFixture();

  private void fail(String name) {
    assertThatThrownBy(() -> f.login(name, WRONG)).isInstanceOf(InvalidCredentialsException.class);
  }

  private void failTimes(String name, int times) {
    for (int i = 0; i < times; i++) {
      fail(name);
    }
  }

  @Test
  void theFifthConsecutiveFailure_locksTheUsernameForThirtySeconds() {
    f.register("alice");
    failTimes("alice", 4);

    assertThatThrownBy(() -> f.login("alice", WRONG))
        .isInstanceOfSatisfying(
            LoginThrottledException.class,
            e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(30)))
        .hasMessageContaining("try again later");
  }

  @Test
  void givenALockedAccount_login_isRefusedEvenWithTheRightPassword_withoutCheckingIt() {
    f.register("alice");
    failTimes("alice", 4);
    assertThatThrownBy(() -> f.login("alice", WRONG)).isInstanceOf(LoginThrottledException.class);
    int before = f.hasher.verifications();

    assertThatThrownBy(() -> f.login("alice", PASSWORD))
        .isInstanceOf(LoginThrottledException.class);
    assertThat(f.hasher.verifications()).isEqualTo(before);
  }

  @Test
  void attemptsDuringALock_doNotExtendIt() {
    f.register("alice");
    failTimes("alice", 4);
    assertThatThrownBy(() -> f.login("alice", WRONG)).isInstanceOf(LoginThrottledException.class);

    for (int i = 0; i < 5; i++) {
      f.clock.advance(Duration.ofSeconds(5));
      assertThatThrownBy(() -> f.login("alice", WRONG)).isInstanceOf(LoginThrottledException.class);
    }
    f.clock.advance(Duration.ofSeconds(5));

    assertThat(f.login("alice", PASSWORD).user().username().value()).isEqualTo("alice");
  }

  @Test
  void eachNewLock_doublesTheLast_upToFifteenMinutes() {
    f.register("alice");
    Duration expected = Duration.ofSeconds(30);
    for (int lock = 1; lock <= 7; lock++) {
      failTimes("alice", 4);
      Duration want = expected;
      assertThatThrownBy(() -> f.login("alice", WRONG))
          .isInstanceOfSatisfying(
              LoginThrottledException.class, e -> assertThat(e.retryAfter()).isEqualTo(want));
      f.clock.advance(expected);
      expected = expected.multipliedBy(2);
      if (expected.compareTo(Duration.ofMinutes(15)) > 0) {
        expected = Duration.ofMinutes(15);
      }
    }
  }

  @Test
  void aSuccess_resetsTheCount() {
    f.register("alice");
    failTimes("alice", 4);
    f.login("alice", PASSWORD);
    failTimes("alice", 4);

    assertThat(f.login("alice", PASSWORD)).isNotNull();
  }

  @Test
  void unknownUsernames_areLockedExactlyLikeRealOnes_withTheSameMessage() {
    f.register("alice");
    failTimes("alice", 4);
    failTimes("ghost", 4);

    Throwable real = org.assertj.core.api.Assertions.catchThrowable(() -> f.login("alice", WRONG));
    Throwable ghost = org.assertj.core.api.Assertions.catchThrowable(() -> f.login("ghost", WRONG));

    assertThat(ghost).isInstanceOf(LoginThrottledException.class);
    assertThat(ghost.getClass()).isEqualTo(real.getClass());
    assertThat(ghost.getMessage()).isEqualTo(real.getMessage());
  }

  @Test
  void theLimitsAreConfigurable() {
    CoreFixture strict =
        new CoreFixture(
            AuthConfig.builder().loginMaxFailures(2).loginLockout(Duration.ofMinutes(2)).build());
    strict.register("bob");
    assertThatThrownBy(() -> strict.login("bob", WRONG))
        .isInstanceOf(InvalidCredentialsException.class);

    assertThatThrownBy(() -> strict.login("bob", WRONG))
        .isInstanceOfSatisfying(
            LoginThrottledException.class,
            e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofMinutes(2)));
  }

  @Test
  void failuresFromOneAddress_areCappedPerMinute_acrossUsernames() {
    ClientInfo attacker = ClientInfo.of("203.0.113.66", "curl");
    for (int i = 0; i < 30; i++) {
      String name = "victim" + i;
      assertThatThrownBy(() -> f.login(name, WRONG, attacker))
          .isInstanceOf(InvalidCredentialsException.class);
    }

    assertThatThrownBy(() -> f.login("victim99", WRONG, attacker))
        .isInstanceOf(LoginThrottledException.class);
    assertThatThrownBy(() -> f.login("victim99", WRONG, ClientInfo.of("192.0.2.1", "x")))
        .isInstanceOf(InvalidCredentialsException.class);
    f.clock.advance(Duration.ofMinutes(1));
    assertThatThrownBy(() -> f.login("victim98", WRONG, attacker))
        .isInstanceOf(InvalidCredentialsException.class);
  }

  @Test
  void aLock_isAudited() {
    failTimes("mallory", 4);
    assertThatThrownBy(() -> f.login("mallory", WRONG));

    assertThat(f.auditEvents())
        .anySatisfy(
            e -> {
              assertThat(e.type()).isEqualTo(AuditEventType.LOCKED);
              assertThat(e.target()).isEqualTo("mallory");
            });
  }
}
