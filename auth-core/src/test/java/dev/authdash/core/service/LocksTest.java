package dev.authdash.core.service;

import static dev.authdash.core.testing.CoreFixture.PASSWORD;
import static dev.authdash.core.testing.CoreFixture.actor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.authdash.core.error.LoginThrottledException;
import dev.authdash.core.error.NotPermittedException;
import dev.authdash.core.model.AuditEvent;
import dev.authdash.core.model.AuditEventType;
import dev.authdash.core.model.ClientInfo;
import dev.authdash.core.model.LockedName;
import dev.authdash.core.model.SignedIn;
import dev.authdash.core.port.in.ActOnUserCommand;
import dev.authdash.core.testing.CoreFixture;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Locked usernames for admins, and lifting a lock (the per-address limit stays). */
class LocksTest {
  private final CoreFixture f = new CoreFixture();
  private static final ClientInfo GUESSER = ClientInfo.of("203.0.113.66", "curl/8");

  private void failUntilLocked(String name) {
    for (int i = 0; i < 5; i++) {
      try {
        f.login(name, "not the password at all", GUESSER);
      } catch (RuntimeException expected) {
        // invalid, then locked at the fifth
      }
    }
  }

  @Test
  void aLockedName_isListedWithItsFailuresAndLastAddress_andClearingLetsItSignIn() {
    SignedIn owner = f.owner();
    f.register("alice");
    failUntilLocked("alice");
    failUntilLocked("nobody-such");
    assertThatThrownBy(() -> f.login("alice", PASSWORD))
        .isInstanceOf(LoginThrottledException.class);

    assertThat(f.core.locks().lockedNow(actor(owner)))
        .extracting(LockedName::username, LockedName::failures, LockedName::lastAddress)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("alice", 5L, "203.0.113.66"),
            org.assertj.core.groups.Tuple.tuple("nobody-such", 5L, "203.0.113.66"));
    assertThat(f.core.locks().lockedNow(actor(owner)).get(0).until())
        .isEqualTo(
            f.clock
                .instant()
                .truncatedTo(java.time.temporal.ChronoUnit.MILLIS)
                .plus(Duration.ofSeconds(30)));

    assertThat(
            f.core
                .locks()
                .clearLock(new ActOnUserCommand(actor(owner), " Alice ", CoreFixture.CLIENT)))
        .isTrue();

    assertThat(f.core.locks().lockedNow(actor(owner)))
        .extracting(LockedName::username)
        .containsExactly("nobody-such");
    assertThat(f.login("alice", PASSWORD).user().username().value()).isEqualTo("alice");
    AuditEvent cleared =
        f.auditEvents().stream()
            .filter(e -> e.type() == AuditEventType.LOCK_CLEARED)
            .findFirst()
            .orElseThrow();
    assertThat(cleared.actor()).isEqualTo("admin");
    assertThat(cleared.target()).isEqualTo("alice");
    assertThat(
            f.core
                .locks()
                .clearLock(new ActOnUserCommand(actor(owner), "alice", CoreFixture.CLIENT)))
        .as("not locked any more")
        .isFalse();
  }

  @Test
  void clearingANamesLock_leavesTheAddressLimit() {
    CoreFixture strict =
        new CoreFixture(
            dev.authdash.core.config.AuthConfig.builder().loginAddressFailuresPerMinute(5).build());
    SignedIn owner = strict.owner();
    strict.register("bob");
    for (int i = 0; i < 5; i++) {
      try {
        strict.login("bob", "not the password at all", GUESSER);
      } catch (RuntimeException expected) {
        // counted against the name and the address
      }
    }

    strict.core.locks().clearLock(new ActOnUserCommand(actor(owner), "bob", CoreFixture.CLIENT));

    assertThatThrownBy(() -> strict.login("bob", PASSWORD, GUESSER))
        .as("the guesser's address is still over its limit")
        .isInstanceOf(LoginThrottledException.class);
    assertThat(strict.login("bob", PASSWORD).user().username().value()).isEqualTo("bob");
  }

  @Test
  void aUser_mayNeitherListNorClearLocks() {
    SignedIn alice = f.register("alice");

    assertThatThrownBy(() -> f.core.locks().lockedNow(actor(alice)))
        .isInstanceOf(NotPermittedException.class);
    assertThatThrownBy(
            () ->
                f.core
                    .locks()
                    .clearLock(new ActOnUserCommand(actor(alice), "x", CoreFixture.CLIENT)))
        .isInstanceOf(NotPermittedException.class);
  }
}
