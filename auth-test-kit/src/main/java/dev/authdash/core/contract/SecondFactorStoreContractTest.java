package dev.authdash.core.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.authdash.core.model.SecondFactor;
import dev.authdash.core.model.UserId;
import dev.authdash.core.port.out.SecondFactorStore;
import dev.authdash.core.testing.TestUsers;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** What every {@link SecondFactorStore} must do. */
public abstract class SecondFactorStoreContractTest {
  private static final List<String> DIGESTS =
      List.of("d1", "d2", "d3", "d4", "d5", "d6", "d7", "d8", "d9", "d10");

  /** An empty store; called once per test. */
  protected abstract SecondFactorStore store();

  /** A user id the store accepts (override where users must exist). */
  protected UserId aUser() {
    return UserId.random();
  }

  private SecondFactor enrolling(UserId user) {
    return SecondFactor.enrolling(user, "sealed-" + user, TestUsers.now());
  }

  @Test
  void aSavedFactor_isFoundWithEveryField_andReplacedBySavingAgain() {
    UserId user = aUser();
    SecondFactor first = enrolling(user);
    store().save(first);
    assertThat(store().find(user)).contains(first);

    SecondFactor enabled = first.withEncryptedSecret("other").enable();
    store().save(enabled);

    assertThat(store().find(user)).contains(enabled);
    assertThat(store().find(aUser())).isEmpty();
  }

  @Test
  void useStep_acceptsOnlyStepsNewerThanTheLastOne() {
    UserId user = aUser();
    store().save(enrolling(user).enable());

    assertThat(store().useStep(user, 100)).isTrue();
    assertThat(store().useStep(user, 100)).as("the same step again").isFalse();
    assertThat(store().useStep(user, 99)).as("an older step").isFalse();
    assertThat(store().useStep(user, 101)).isTrue();
    assertThat(store().find(user).orElseThrow().lastUsedStep()).isEqualTo(101);
    assertThat(store().useStep(aUser(), 5)).as("a user without a factor").isFalse();
  }

  @Test
  void saving_neverMovesTheLastUsedStepBack() {
    UserId user = aUser();
    SecondFactor stale = enrolling(user).enable();
    store().save(stale);
    store().useStep(user, 200);

    store().save(stale.withEncryptedSecret("re-encrypted"));

    SecondFactor now = store().find(user).orElseThrow();
    assertThat(now.lastUsedStep()).isEqualTo(200);
    assertThat(now.encryptedSecret()).isEqualTo("re-encrypted");
  }

  @Test
  void ofConcurrentUsesOfOneStep_exactlyOneSucceeds() throws Exception {
    UserId user = aUser();
    store().save(enrolling(user).enable());
    int successes = race(8, () -> store().useStep(user, 42));

    assertThat(successes).isEqualTo(1);
  }

  @Test
  void recoveryCodes_areEachUsableOnce_andReplacedAsAWhole() {
    UserId user = aUser();
    store().save(enrolling(user).enable());
    store().replaceRecoveryCodes(user, DIGESTS);
    assertThat(store().recoveryCodesLeft(user)).isEqualTo(10);

    assertThat(store().useRecoveryCode(user, "d3")).isTrue();
    assertThat(store().useRecoveryCode(user, "d3")).isFalse();
    assertThat(store().useRecoveryCode(user, "nope")).isFalse();
    assertThat(store().recoveryCodesLeft(user)).isEqualTo(9);

    store().replaceRecoveryCodes(user, List.of("n1", "n2"));
    assertThat(store().useRecoveryCode(user, "d4")).as("an old code").isFalse();
    assertThat(store().recoveryCodesLeft(user)).isEqualTo(2);
  }

  @Test
  void aUsersRecoveryCodes_areTheirsAlone() {
    UserId alice = aUser();
    UserId bob = aUser();
    store().save(enrolling(alice).enable());
    store().save(enrolling(bob).enable());
    store().replaceRecoveryCodes(alice, List.of("shared"));

    assertThat(store().useRecoveryCode(bob, "shared")).isFalse();
    assertThat(store().recoveryCodesLeft(bob)).isZero();
    assertThat(store().useRecoveryCode(alice, "shared")).isTrue();
  }

  @Test
  void ofConcurrentUsesOfOneRecoveryCode_exactlyOneSucceeds() throws Exception {
    UserId user = aUser();
    store().save(enrolling(user).enable());
    store().replaceRecoveryCodes(user, DIGESTS);

    assertThat(race(8, () -> store().useRecoveryCode(user, "d1"))).isEqualTo(1);
  }

  @Test
  void delete_removesTheFactorAndItsRecoveryCodes() {
    UserId user = aUser();
    store().save(enrolling(user).enable());
    store().replaceRecoveryCodes(user, DIGESTS);

    assertThat(store().delete(user)).isTrue();
    assertThat(store().delete(user)).isFalse();
    assertThat(store().find(user)).isEmpty();
    assertThat(store().recoveryCodesLeft(user)).isZero();
    assertThat(store().useRecoveryCode(user, "d1")).isFalse();
  }

  @Test
  void findAll_listsEveryFactor() {
    UserId a = aUser();
    UserId b = aUser();
    store().save(enrolling(a));
    store().save(enrolling(b).enable());

    assertThat(store().findAll()).extracting(SecondFactor::userId).contains(a, b);
  }

  private static int race(int threads, Callable<Boolean> task) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Boolean>> results = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        results.add(
            pool.submit(
                () -> {
                  start.await();
                  return task.call();
                }));
      }
      start.countDown();
      int successes = 0;
      for (Future<Boolean> result : results) {
        successes += result.get(30, TimeUnit.SECONDS) ? 1 : 0;
      }
      return successes;
    } finally {
      pool.shutdownNow();
    }
  }
}
