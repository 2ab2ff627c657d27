package dev.authdash.core.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.authdash.core.model.Passkey;
import dev.authdash.core.model.PasskeyId;
import dev.authdash.core.model.UserId;
import dev.authdash.core.port.out.PasskeyStore;
import dev.authdash.core.testing.TestUsers;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** What every {@link PasskeyStore} must do. */
public abstract class PasskeyStoreContractTest {
  private static final SecureRandom RANDOM = new SecureRandom();

  /** An empty store; called once per test. */
  protected abstract PasskeyStore store();

  /** A user id the store accepts (override where users must exist). */
  protected UserId aUser() {
    return UserId.random();
  }

  /** A passkey of the user with a random credential id and key bytes. */
  protected static Passkey passkey(UserId user, String label, Instant created) {
    byte[] id = new byte[32];
    byte[] key = new byte[77];
    RANDOM.nextBytes(id);
    RANDOM.nextBytes(key);
    return Passkey.added(
        PasskeyId.of(id), user, key, 0, label, created, Set.of("internal", "hybrid"));
  }

  @Test
  void anAddedPasskey_isFoundWithEveryField() {
    UserId user = aUser();
    Passkey added = passkey(user, "Laptop fingerprint", TestUsers.now());

    assertThat(store().add(added)).isTrue();

    Passkey found = store().find(added.id()).orElseThrow();
    assertThat(found).isEqualTo(added);
    assertThat(found.publicKeyCose()).isEqualTo(added.publicKeyCose());
    assertThat(found.userHandle()).isEqualTo(Passkey.userHandle(user));
    assertThat(found.transports()).containsExactlyInAnyOrder("internal", "hybrid");
    assertThat(found.lastUsedAt()).isEmpty();
    assertThat(store().find(passkey(user, "x", TestUsers.now()).id())).isEmpty();
  }

  @Test
  void aCredentialId_isStoredOnce_whoeverAddsItAgain() {
    UserId alice = aUser();
    UserId bob = aUser();
    Passkey first = passkey(alice, "Key", TestUsers.now());
    store().add(first);

    Passkey sameId =
        new Passkey(
            first.id(),
            bob,
            new byte[] {1, 2, 3},
            0,
            Passkey.userHandle(bob),
            "Stolen",
            TestUsers.now(),
            Optional.empty(),
            Set.of());

    assertThat(store().add(sameId)).isFalse();
    assertThat(store().find(first.id()).orElseThrow().userId()).isEqualTo(alice);
  }

  @Test
  void findByUser_listsOnlyTheirs_oldestFirst() {
    UserId alice = aUser();
    UserId bob = aUser();
    Instant t = TestUsers.now();
    Passkey newer = passkey(alice, "Phone", t.plus(1, ChronoUnit.MINUTES));
    Passkey older = passkey(alice, "Laptop", t);
    store().add(newer);
    store().add(older);
    store().add(passkey(bob, "Bob's", t));

    assertThat(store().findByUser(alice))
        .extracting(Passkey::label)
        .containsExactly("Laptop", "Phone");
    assertThat(store().findByUser(aUser())).isEmpty();
  }

  @Test
  void recordUse_takesOnlyCountsThatMoveForward_andNotesTheTime() {
    UserId user = aUser();
    Passkey key = passkey(user, "Key", TestUsers.now());
    store().add(key);
    Instant used = TestUsers.now().plus(1, ChronoUnit.HOURS);

    assertThat(store().recordUse(key.id(), 5, used)).isTrue();
    assertThat(store().recordUse(key.id(), 5, used)).as("the same count again").isFalse();
    assertThat(store().recordUse(key.id(), 3, used)).as("a count that went back").isFalse();
    assertThat(store().recordUse(key.id(), 0, used)).as("back to zero").isFalse();

    Passkey now = store().find(key.id()).orElseThrow();
    assertThat(now.signatureCount()).isEqualTo(5);
    assertThat(now.lastUsedAt()).contains(used);
    assertThat(store().recordUse(passkey(user, "gone", used).id(), 9, used)).isFalse();
  }

  @Test
  void anAuthenticatorWithoutACounter_mayAlwaysReportZero() {
    Passkey key = passkey(aUser(), "Synced passkey", TestUsers.now());
    store().add(key);

    assertThat(store().recordUse(key.id(), 0, TestUsers.now())).isTrue();
    assertThat(store().recordUse(key.id(), 0, TestUsers.now())).isTrue();
  }

  @Test
  void ofConcurrentUsesOfOneCount_exactlyOneSucceeds() throws Exception {
    Passkey key = passkey(aUser(), "Key", TestUsers.now());
    store().add(key);

    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Boolean>> results = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        results.add(
            pool.submit(
                () -> {
                  start.await();
                  return store().recordUse(key.id(), 7, TestUsers.now());
                }));
      }
      start.countDown();
      int successes = 0;
      for (Future<Boolean> result : results) {
        successes += result.get(30, TimeUnit.SECONDS) ? 1 : 0;
      }
      assertThat(successes).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void rename_andDelete_actOnlyOnTheOwnersPasskey() {
    UserId alice = aUser();
    UserId bob = aUser();
    Passkey key = passkey(alice, "Old name", TestUsers.now());
    store().add(key);

    assertThat(store().rename(bob, key.id(), "Mine now")).isFalse();
    assertThat(store().delete(bob, key.id())).isFalse();
    assertThat(store().rename(alice, key.id(), "New name")).isTrue();
    assertThat(store().find(key.id()).orElseThrow().label()).isEqualTo("New name");

    assertThat(store().delete(alice, key.id())).isTrue();
    assertThat(store().delete(alice, key.id())).isFalse();
    assertThat(store().find(key.id())).isEmpty();
    assertThat(store().rename(alice, key.id(), "again")).isFalse();
  }

  @Test
  void deleteAllForUser_removesTheirsOnly() {
    UserId alice = aUser();
    UserId bob = aUser();
    store().add(passkey(alice, "One", TestUsers.now()));
    store().add(passkey(alice, "Two", TestUsers.now()));
    Passkey bobs = passkey(bob, "Bob's", TestUsers.now());
    store().add(bobs);

    assertThat(store().deleteAllForUser(alice)).isEqualTo(2);
    assertThat(store().findByUser(alice)).isEmpty();
    assertThat(store().find(bobs.id())).isPresent();
    assertThat(store().deleteAllForUser(alice)).isZero();
  }
}
