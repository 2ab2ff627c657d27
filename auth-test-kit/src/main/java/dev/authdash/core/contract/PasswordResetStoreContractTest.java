package dev.authdash.core.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.authdash.core.model.PasswordReset;
import dev.authdash.core.model.ResetToken;
import dev.authdash.core.model.UserId;
import dev.authdash.core.port.out.PasswordResetStore;
import dev.authdash.core.testing.TestUsers;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** What every {@link PasswordResetStore} must do. */
public abstract class PasswordResetStoreContractTest {

  /** An empty store; called once per test. */
  protected abstract PasswordResetStore store();

  /**
   * A reset for the user. Stores whose rows reference users (a foreign key) override this to create
   * the user first.
   */
  protected PasswordReset reset(UserId user) {
    Instant now = TestUsers.now();
    return new PasswordReset(
        ResetToken.generate().digest(), user, "admin", now, now.plusSeconds(1800));
  }

  /** A user id the store accepts (override where users must exist). */
  protected UserId aUser() {
    return UserId.random();
  }

  @Test
  void aSavedReset_isFoundByDigest_withEveryField() {
    PasswordReset r = reset(aUser());
    store().save(r);

    assertThat(store().find(r.tokenDigest())).contains(r);
  }

  @Test
  void take_returnsTheResetOnce() {
    PasswordReset r = reset(aUser());
    store().save(r);

    assertThat(store().take(r.tokenDigest())).contains(r);
    assertThat(store().take(r.tokenDigest())).isEmpty();
    assertThat(store().find(r.tokenDigest())).isEmpty();
  }

  @Test
  void aNewResetOfTheSameUser_voidsTheOlderOne() {
    UserId user = aUser();
    PasswordReset old = reset(user);
    PasswordReset fresh = reset(user);
    store().save(old);
    store().save(fresh);

    assertThat(store().find(old.tokenDigest())).isEmpty();
    assertThat(store().find(fresh.tokenDigest())).contains(fresh);
  }

  @Test
  void deleteAllForUser_removesOnlyThatUsersResets() {
    UserId alice = aUser();
    UserId bob = aUser();
    PasswordReset a = reset(alice);
    PasswordReset b = reset(bob);
    store().save(a);
    store().save(b);

    store().deleteAllForUser(alice);

    assertThat(store().find(a.tokenDigest())).isEmpty();
    assertThat(store().find(b.tokenDigest())).contains(b);
  }

  @Test
  void concurrentTakesOfOneLink_succeedExactlyOnce() throws Exception {
    PasswordReset r = reset(aUser());
    store().save(r);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Optional<PasswordReset>>> takes = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      takes.add(
          pool.submit(
              () -> {
                start.await();
                return store().take(r.tokenDigest());
              }));
    }
    start.countDown();
    int won = 0;
    for (Future<Optional<PasswordReset>> t : takes) {
      won += t.get(30, TimeUnit.SECONDS).isPresent() ? 1 : 0;
    }
    pool.shutdown();

    assertThat(won).isEqualTo(1);
  }
}
