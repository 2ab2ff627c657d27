package dev.authdash.core.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.authdash.core.error.HashingBusyException;
import dev.authdash.core.port.out.PasswordHasher;
import dev.authdash.core.testing.GatedHasher;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
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
  private final List<GatedHasher> gates = new ArrayList<>();

  @AfterEach
  void stop() throws InterruptedException {
    gated.open();
    gates.forEach(GatedHasher::open);
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

  /**
   * A hasher whose every call takes {@code millis} on the test's own clock (the real work is
   * instant in wall time): with one thread, the moving average is exactly that.
   */
  private static final class TimedHasher implements PasswordHasher {
    final AtomicLong nanos = new AtomicLong();
    volatile long millis;

    TimedHasher(long millis) {
      this.millis = millis;
    }

    @Override
    public String hash(String rawPassword) {
      nanos.addAndGet(TimeUnit.MILLISECONDS.toNanos(millis));
      return "timed";
    }

    @Override
    public boolean matches(String rawPassword, String encodedHash) {
      nanos.addAndGet(TimeUnit.MILLISECONDS.toNanos(millis));
      return true;
    }

    @Override
    public boolean needsUpgrade(String encodedHash) {
      return false;
    }
  }

  private BoundedPasswordHasher byWait(TimedHasher timed, int threads, Duration maxWait) {
    GatedHasher gate = new GatedHasher(timed);
    gates.add(gate);
    BoundedPasswordHasher hasher =
        new BoundedPasswordHasher(
            gate, threads, BoundedPasswordHasher.NO_FIXED_QUEUE, maxWait, timed.nanos::get);
    made.add(hasher);
    return hasher;
  }

  /** Calls until one is refused; returns the calls accepted (each waiting behind the gate). */
  private List<CompletableFuture<Boolean>> fillUntilRefused(BoundedPasswordHasher hasher) {
    List<CompletableFuture<Boolean>> accepted = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      int before = hasher.waiting();
      CompletableFuture<Boolean> call =
          CompletableFuture.supplyAsync(() -> hasher.matches(PASSWORD, STORED), callers);
      awaitTrue(() -> call.isDone() || hasher.waiting() == before + 1);
      if (call.isCompletedExceptionally()) {
        assertThatThrownBy(call::join).hasCauseInstanceOf(HashingBusyException.class);
        return accepted;
      }
      accepted.add(call);
    }
    throw new AssertionError("never refused");
  }

  @Test
  void callsAreAdmitted_whileTheirExpectedWaitIsWithinTheLimit_andOnlyThenRefused()
      throws Exception {
    TimedHasher timed = new TimedHasher(100);
    BoundedPasswordHasher hasher = byWait(timed, 1, Duration.ofSeconds(1));
    GatedHasher gate = gates.get(0);
    gate.open();
    hasher.matches(PASSWORD, STORED); // measured: 100 ms a call
    assertThat(hasher.averageCallTime()).isEqualTo(Duration.ofMillis(100));
    gate.close();
    CompletableFuture<Boolean> running = verifyInBackground(hasher);
    gate.awaitStarted(2);

    List<CompletableFuture<Boolean>> waiting = fillUntilRefused(hasher);

    // Place n waits about n x 100 ms on one thread: places 1..10 are within 1 s, the 11th is not.
    assertThat(waiting).hasSize(10);
    gate.open();
    assertThat(running.get(30, TimeUnit.SECONDS)).isTrue();
    for (CompletableFuture<Boolean> call : waiting) {
      assertThat(call.get(30, TimeUnit.SECONDS)).isTrue();
    }
  }

  @Test
  void moreThreads_admitProportionallyMore() throws Exception {
    TimedHasher timed = new TimedHasher(100);
    BoundedPasswordHasher hasher = byWait(timed, 2, Duration.ofSeconds(1));
    GatedHasher gate = gates.get(0);
    gate.close();
    List<CompletableFuture<Boolean>> running =
        List.of(verifyInBackground(hasher), verifyInBackground(hasher));
    gate.awaitStarted(2);

    // No call measured yet: the first estimate (100 ms) stands; 2 threads halve each place's wait.
    List<CompletableFuture<Boolean>> waiting = fillUntilRefused(hasher);

    assertThat(waiting).hasSize(20);
    gate.open();
    for (CompletableFuture<Boolean> call : running) {
      assertThat(call.get(30, TimeUnit.SECONDS)).isTrue();
    }
    for (CompletableFuture<Boolean> call : waiting) {
      assertThat(call.get(30, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(gate.mostAtOnce()).isEqualTo(2);
  }

  @Test
  void theAverageFollowsTheMeasuredTime_soSlowerHashingAdmitsFewer() throws Exception {
    TimedHasher timed = new TimedHasher(100);
    BoundedPasswordHasher hasher = byWait(timed, 1, Duration.ofSeconds(1));
    GatedHasher gate = gates.get(0);
    gate.open();
    timed.millis = 400;
    for (int i = 0; i < 40; i++) {
      hasher.hash(PASSWORD);
    }
    assertThat(hasher.averageCallTime()).isBetween(Duration.ofMillis(399), Duration.ofMillis(400));
    gate.close();
    CompletableFuture<Boolean> running = verifyInBackground(hasher);
    gate.awaitStarted(41);

    List<CompletableFuture<Boolean>> waiting = fillUntilRefused(hasher);

    assertThat(waiting).hasSize(2);
    gate.open();
    assertThat(running.get(30, TimeUnit.SECONDS)).isTrue();
  }

  @Test
  void aZeroWait_refusesEveryCallThatWouldWait_butNotOneThatFindsAFreeThread() throws Exception {
    TimedHasher timed = new TimedHasher(10);
    BoundedPasswordHasher hasher = byWait(timed, 1, Duration.ZERO);
    GatedHasher gate = gates.get(0);
    gate.close();
    CompletableFuture<Boolean> running = verifyInBackground(hasher);
    gate.awaitStarted(1);

    assertThatThrownBy(() -> hasher.matches(PASSWORD, STORED))
        .isInstanceOf(HashingBusyException.class);

    gate.open();
    assertThat(running.get(30, TimeUnit.SECONDS)).isTrue();
    assertThat(hasher.matches(PASSWORD, STORED)).isTrue();
  }

  @Test
  void aPoolWithoutThreads_orWithANegativeQueue_isRefused() {
    assertThatThrownBy(() -> new BoundedPasswordHasher(ARGON2, 0, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new BoundedPasswordHasher(ARGON2, 1, -1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> new BoundedPasswordHasher(ARGON2, 1, 0, Duration.ofMillis(-1), System::nanoTime))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
