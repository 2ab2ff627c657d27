package dev.authdash.core.testing;

import dev.authdash.core.port.out.PasswordHasher;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real hasher behind a gate: each hash or verification says it has started and then waits until
 * the test opens the gate, so a test can hold every hashing thread busy without sleeping. It also
 * records how many calls ran at the same time. The gate starts closed.
 */
public final class GatedHasher implements PasswordHasher {
  private static final long GIVE_UP_SECONDS = 30;
  private final PasswordHasher delegate;
  private volatile CountDownLatch gate = new CountDownLatch(1);
  private final AtomicInteger started = new AtomicInteger();
  private final AtomicInteger running = new AtomicInteger();
  private final AtomicInteger mostAtOnce = new AtomicInteger();
  private final Object startedSignal = new Object();

  public GatedHasher(PasswordHasher delegate) {
    this.delegate = delegate;
  }

  @Override
  public String hash(String rawPassword) {
    try {
      enter();
      return delegate.hash(rawPassword);
    } finally {
      running.decrementAndGet();
    }
  }

  @Override
  public boolean matches(String rawPassword, String encodedHash) {
    try {
      enter();
      return delegate.matches(rawPassword, encodedHash);
    } finally {
      running.decrementAndGet();
    }
  }

  @Override
  public boolean needsUpgrade(String encodedHash) {
    return delegate.needsUpgrade(encodedHash);
  }

  /** Lets every held call, and every later one, through. */
  public void open() {
    gate.countDown();
  }

  /** Holds every later call at the gate again (calls already through are not affected). */
  public void close() {
    gate = new CountDownLatch(1);
  }

  /** Blocks until at least this many calls have reached the gate (30 s at most). */
  public void awaitStarted(int calls) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(GIVE_UP_SECONDS);
    synchronized (startedSignal) {
      while (started.get() < calls) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          throw new IllegalStateException(started.get() + " of " + calls + " calls started");
        }
        TimeUnit.NANOSECONDS.timedWait(startedSignal, left);
      }
    }
  }

  public int started() {
    return started.get();
  }

  /** The most calls that were inside the delegate (or at the gate) at the same time. */
  public int mostAtOnce() {
    return mostAtOnce.get();
  }

  private void enter() {
    mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
    synchronized (startedSignal) {
      started.incrementAndGet();
      startedSignal.notifyAll();
    }
    try {
      if (!gate.await(GIVE_UP_SECONDS, TimeUnit.SECONDS)) {
        throw new IllegalStateException("the test never opened the gate");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
