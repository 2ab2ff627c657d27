package dev.authdash.core.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.authdash.core.error.HashingBusyException;
import dev.authdash.core.port.out.PasswordHasher;
import dev.authdash.core.testing.GatedHasher;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@SuppressWarnings("PMD.CloseResource") // every hasher made here is closed in stop()
class BoundedPasswordHasherTest {
  private static final String PASSWORD = "violet kettle orbit lantern";
  private static final SpringPasswordHasher ARGON2 = new SpringPasswordHasher();
  private static final String STORED = ARGON2.hash(PASSWORD);

  private final GatedHasher gated = new GatedHasher(ARGON2);
  private final ExecutorService callers = Executors.newCachedThreadPool();
  private final List<BoundedPasswordHasher> made = new ArrayList<>();

  @AfterEach
  void stop() throws InterruptedException {
    gated.open();
    made.forEach(BoundedPasswordHasher::close);
    callers.shutdownNow();
    assertThat(callers.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
  }

  private BoundedPasswordHasher bounded(int threads, int queue) {
    BoundedPasswordHasher hasher = new BoundedPasswordHasher(gated, threads, queue);
    made.add(hasher);
    return hasher;
  }

  private CompletableFuture<Boolean> verifyInBackground(BoundedPasswordHasher hasher) {
    return CompletableFuture.supplyAsync(() -> hasher.matches(PASSWORD, STORED), callers);
  }

  /** Waits for a state another thread reaches; never sleeps, gives up after 30 s. */
  private static void awaitTrue(BooleanSupplier condition) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("waited 30 s").isLessThan(deadline);
      Thread.onSpinWait();
    }
  }

  @Test
  void hashesAndVerifications_giveTheSameAnswersAsTheHasherTheyWrap() {
    gated.open();
    BoundedPasswordHasher hasher = bounded(2, 4);

    String hash = hasher.hash(PASSWORD);

    assertThat(ARGON2.matches(PASSWORD, hash)).isTrue();
    assertThat(hasher.matches(PASSWORD, STORED)).isTrue();
    assertThat(hasher.matches("not the password at all", STORED)).isFalse();
    assertThat(hasher.needsUpgrade(hash)).isFalse();
    assertThat(hasher.needsUpgrade(WeakHashes.argon2(4096, 1, PASSWORD))).isTrue();
  }

  @Test
  void whenEveryThreadIsBusy_andThereIsNoQueue_theNextCallIsRefusedAtOnce() throws Exception {
    BoundedPasswordHasher hasher = bounded(1, 0);
    CompletableFuture<Boolean> running = verifyInBackground(hasher);
    gated.awaitStarted(1);

    assertThatThrownBy(() -> hasher.matches(PASSWORD, STORED))
        .isInstanceOf(HashingBusyException.class)
        .hasMessage("The server is busy. Please try again in a moment.");
    assertThatThrownBy(() -> hasher.hash(PASSWORD)).isInstanceOf(HashingBusyException.class);
    assertThat(gated.started()).isEqualTo(1);

    gated.open();
    assertThat(running.get(30, TimeUnit.SECONDS)).isTrue();
  }

  @Test
  void callsWaitInTheShortQueue_andOnlyWhenItIsFullAreRefused() throws Exception {
    BoundedPasswordHasher hasher = bounded(1, 2);
    CompletableFuture<Boolean> running = verifyInBackground(hasher);
    gated.awaitStarted(1);
    CompletableFuture<Boolean> firstWaiting = verifyInBackground(hasher);
    CompletableFuture<Boolean> secondWaiting = verifyInBackground(hasher);
    awaitTrue(() -> hasher.waiting() == 2);

    assertThatThrownBy(() -> hasher.matches(PASSWORD, STORED))
        .isInstanceOf(HashingBusyException.class);

    gated.open();
    assertThat(running.get(30, TimeUnit.SECONDS)).isTrue();
    assertThat(firstWaiting.get(30, TimeUnit.SECONDS)).isTrue();
    assertThat(secondWaiting.get(30, TimeUnit.SECONDS)).isTrue();
    assertThat(gated.started()).isEqualTo(3);
  }

  @Test
  void onceTheWorkIsDone_callsAreAcceptedAgain() throws Exception {
    BoundedPasswordHasher hasher = bounded(1, 0);
    CompletableFuture<Boolean> running = verifyInBackground(hasher);
    gated.awaitStarted(1);
    assertThatThrownBy(() -> hasher.matches(PASSWORD, STORED))
        .isInstanceOf(HashingBusyException.class);

    gated.open();
    running.get(30, TimeUnit.SECONDS);

    assertThat(hasher.matches(PASSWORD, STORED)).isTrue();
    assertThat(hasher.hash(PASSWORD)).startsWith("{argon2}$argon2id$");
  }

  @Test
  void noMoreHashesRunAtOnceThanThereAreThreads_howeverManyCallersThereAre() throws Exception {
    BoundedPasswordHasher hasher = bounded(2, 3);
    List<CompletableFuture<Boolean>> accepted = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      accepted.add(verifyInBackground(hasher));
    }
    gated.awaitStarted(2);
    for (int i = 0; i < 3; i++) {
      accepted.add(verifyInBackground(hasher));
    }
    awaitTrue(() -> hasher.waiting() == 3);
    int refused = 0;
    for (int i = 0; i < 10; i++) {
      try {
        hasher.matches(PASSWORD, STORED);
      } catch (HashingBusyException busy) {
        refused++;
      }
    }

    gated.open();
    for (CompletableFuture<Boolean> call : accepted) {
      assertThat(call.get(30, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(refused).isEqualTo(10);
    assertThat(gated.mostAtOnce()).isEqualTo(2);
    assertThat(gated.started()).isEqualTo(5);
  }

  @Test
  void aFailureOfTheWrappedHasher_reachesTheCallerUnchanged_andFreesItsSlot() {
    IllegalStateException broken = new IllegalStateException("no memory for Argon2");
    BoundedPasswordHasher hasher =
        new BoundedPasswordHasher(new PasswordHasherThatFails(broken), 1, 0);
    made.add(hasher);

    assertThatThrownBy(() -> hasher.hash(PASSWORD)).isSameAs(broken);
    assertThatThrownBy(() -> hasher.matches(PASSWORD, STORED)).isSameAs(broken);
  }

  /** A hasher whose every expensive call fails, as a native library out of memory would. */
  private record PasswordHasherThatFails(RuntimeException failure) implements PasswordHasher {
    @Override
    public String hash(String rawPassword) {
      throw failure;
    }

    @Override
    public boolean matches(String rawPassword, String encodedHash) {
      throw failure;
    }

    @Override
    public boolean needsUpgrade(String encodedHash) {
      return false;
    }
  }

  @Test
  void aPoolWithoutThreads_orWithANegativeQueue_isRefused() {
    assertThatThrownBy(() -> new BoundedPasswordHasher(ARGON2, 0, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new BoundedPasswordHasher(ARGON2, 1, -1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
