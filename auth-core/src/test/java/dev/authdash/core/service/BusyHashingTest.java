package dev.authdash.core.service;

import static dev.authdash.core.testing.CoreFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.authdash.core.config.AuthConfig;
import dev.authdash.core.crypto.BoundedPasswordHasher;
import dev.authdash.core.crypto.WeakHashes;
import dev.authdash.core.error.HashingBusyException;
import dev.authdash.core.model.AuditEventType;
import dev.authdash.core.model.ClientInfo;
import dev.authdash.core.port.out.PasswordHasher;
import dev.authdash.core.testing.CoreFixture;
import dev.authdash.core.testing.GatedHasher;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Sign-in on a bounded hasher (one thread, no queue) whose thread the test holds busy: the refusal
 * is "busy", and it is not a failed attempt, so a flood of them locks nobody out.
 */
class BusyHashingTest {
  private static final String WRONG = "wrong password entirely";
  private static final ClientInfo ELSEWHERE = ClientInfo.of("203.0.113.9", "curl/8");

  private GatedHasher gated;
  private BoundedPasswordHasher bounded;
  private final CoreFixture f =
      new CoreFixture(
          AuthConfig.defaults(),
          counting -> {
            gated = new GatedHasher(counting);
            gated.open();
            bounded = new BoundedPasswordHasher(gated, 1, 0);
            return bounded;
          });

  @AfterEach
  void stop() {
    gated.open();
    bounded.close();
  }

  /** Takes the only hashing thread and keeps it until the gate opens. */
  private CompletableFuture<Boolean> occupyTheHashingThread() throws InterruptedException {
    int before = gated.started();
    gated.close();
    String stored = f.stored("alice").passwordHash();
    CompletableFuture<Boolean> held =
        CompletableFuture.supplyAsync(() -> bounded.matches(PASSWORD, stored));
    gated.awaitStarted(before + 1);
    return held;
  }

  @Test
  void whenHashingIsBusy_login_isRefusedAsBusy_forKnownAndUnknownNamesAlike() throws Exception {
    f.register("alice");
    CompletableFuture<Boolean> held = occupyTheHashingThread();

    assertThatThrownBy(() -> f.login("alice", PASSWORD))
        .isInstanceOf(HashingBusyException.class)
        .hasMessage(HashingBusyException.MESSAGE);
    assertThatThrownBy(() -> f.login("alice", WRONG)).isInstanceOf(HashingBusyException.class);
    assertThatThrownBy(() -> f.login("nobody", WRONG)).isInstanceOf(HashingBusyException.class);

    gated.open();
    assertThat(held.get(30, TimeUnit.SECONDS)).isTrue();
  }

  @Test
  void busyRefusals_areNotFailedAttempts_soManyOfThemLockNeitherTheNameNorTheAddress()
      throws Exception {
    f.register("alice");
    CompletableFuture<Boolean> held = occupyTheHashingThread();
    int failuresToLockTheAddress = AuthConfig.defaults().loginAddressFailuresPerMinute();
    for (int i = 0; i <= failuresToLockTheAddress; i++) {
      assertThatThrownBy(() -> f.login("alice", WRONG, ELSEWHERE))
          .isInstanceOf(HashingBusyException.class);
    }
    gated.open();
    held.get(30, TimeUnit.SECONDS);

    assertThat(f.attempts.find("user:alice").consecutiveFailures()).isZero();
    assertThat(f.login("alice", PASSWORD, ELSEWHERE).user().username().value()).isEqualTo("alice");
  }

  @Test
  void busyRefusals_leaveNoFailedLoginInTheAuditLog() throws Exception {
    f.register("alice");
    CompletableFuture<Boolean> held = occupyTheHashingThread();

    assertThatThrownBy(() -> f.login("alice", WRONG)).isInstanceOf(HashingBusyException.class);
    assertThatThrownBy(() -> f.login("nobody", WRONG)).isInstanceOf(HashingBusyException.class);
    gated.open();
    held.get(30, TimeUnit.SECONDS);

    assertThat(f.auditEvents())
        .extracting(e -> e.type())
        .doesNotContain(AuditEventType.LOGIN_FAILED);
  }

  @Test
  void aWeakHash_staysAsItIs_whenHashingIsBusyAtTheUpgrade_andTheSignInStillSucceeds() {
    BusyOnHash busyOnHash = new BusyOnHash();
    CoreFixture weak = new CoreFixture(AuthConfig.defaults(), busyOnHash::around);
    weak.register("alice");
    weak.login("alice", PASSWORD); // the first login also makes the core's dummy hash
    String weakHash = WeakHashes.argon2(4096, 1, PASSWORD);
    weak.users.update(weak.stored("alice").withPasswordHash(weakHash));
    busyOnHash.busy = true;

    assertThat(weak.login("alice", PASSWORD).user().username().value()).isEqualTo("alice");
    assertThat(weak.stored("alice").passwordHash()).isEqualTo(weakHash);

    busyOnHash.busy = false;
    weak.login("alice", PASSWORD);
    assertThat(weak.stored("alice").passwordHash())
        .startsWith("{argon2}$argon2id$v=19$m=19456,t=2,p=1$");
  }

  /** Verifies as usual but, while {@code busy}, refuses to make new hashes as a full pool would. */
  private static final class BusyOnHash {
    volatile boolean busy;

    PasswordHasher around(PasswordHasher real) {
      return new PasswordHasher() {
        @Override
        public String hash(String rawPassword) {
          if (busy) {
            throw new HashingBusyException();
          }
          return real.hash(rawPassword);
        }

        @Override
        public boolean matches(String rawPassword, String encodedHash) {
          return real.matches(rawPassword, encodedHash);
        }

        @Override
        public boolean needsUpgrade(String encodedHash) {
          return real.needsUpgrade(encodedHash);
        }
      };
    }
  }
}
