package dev.authdash.core.crypto;

import dev.authdash.core.error.HashingBusyException;
import dev.authdash.core.port.out.PasswordHasher;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

/**
 * Runs another hasher's expensive calls ({@link #hash}, {@link #matches}) on a fixed pool of
 * threads, so at most {@code threads} Argon2 runs hold their memory (19 MiB each) and their CPUs at
 * a time, and admits a call by the time it would wait: the calls ahead of it divided by the
 * threads, times the measured average time of one call. A call that would wait longer than {@code
 * maxWait} (or find more than {@code queue} calls waiting, when such a cap is set) is refused at
 * once with {@link HashingBusyException}; every other call waits its turn. So a burst of a few
 * dozen sign-ins is served a little later instead of refused, while a flood that no one could wait
 * for is turned away at the door. {@link #needsUpgrade} only reads the hash's parameters and runs
 * on the caller's thread.
 */
public final class BoundedPasswordHasher implements PasswordHasher, AutoCloseable {
  /** No cap on the number of waiting calls: only the expected wait decides. */
  public static final int NO_FIXED_QUEUE = Integer.MAX_VALUE;

  /** The wait admitted when nothing else is said: long enough for a burst, short for a person. */
  public static final Duration DEFAULT_MAX_WAIT = Duration.ofSeconds(2);

  /**
   * Assumed time of one call until the first has been measured: Argon2id at the core's parameters
   * on a slow, busy core, so that a burst on a cold pool is neither refused nor admitted without
   * limit.
   */
  static final Duration FIRST_ESTIMATE = Duration.ofMillis(100);

  /** Weight of the newest measurement in the moving average. */
  private static final double SMOOTHING = 0.2;

  private final PasswordHasher delegate;
  private final ThreadPoolExecutor pool;
  private final int threads;
  private final long queue;
  private final long maxWaitNanos;
  private final LongSupplier nanoTime;

  /** Calls accepted and not yet finished: running or waiting for a thread. */
  private final AtomicInteger inFlight = new AtomicInteger();

  /** Moving average of one call's time; the first estimate until a call has been measured. */
  private volatile double averageNanos;

  private volatile boolean measured;

  /**
   * @param threads how many hashes run at once (the number of cores is right for Argon2 with p=1)
   * @param queue how many more may wait for a thread at most ({@link #NO_FIXED_QUEUE}: no cap)
   * @param maxWait the longest expected wait for a thread that a call is admitted to
   * @param nanoTime the time source of the measurements ({@code System::nanoTime})
   */
  public BoundedPasswordHasher(
      PasswordHasher delegate, int threads, int queue, Duration maxWait, LongSupplier nanoTime) {
    if (threads < 1 || queue < 0 || maxWait.isNegative()) {
      throw new IllegalArgumentException(
          "hashing needs at least one thread, a queue of zero or more and a wait of zero or more: "
              + threads
              + ", "
              + queue
              + ", "
              + maxWait);
    }
    this.delegate = delegate;
    this.threads = threads;
    this.queue = queue;
    this.maxWaitNanos = maxWait.toNanos();
    this.nanoTime = nanoTime;
    this.averageNanos = FIRST_ESTIMATE.toNanos();
    // Admission bounds what the queue holds; the pool's own queue needs no bound of its own.
    this.pool =
        new ThreadPoolExecutor(
            threads,
            threads,
            0,
            TimeUnit.MILLISECONDS,
            new LinkedBlockingQueue<>(),
            new HashingThreads());
  }

  /** At most {@code queue} calls waiting, and none expected to wait beyond the default wait. */
  public BoundedPasswordHasher(PasswordHasher delegate, int threads, int queue) {
    this(delegate, threads, queue, DEFAULT_MAX_WAIT, System::nanoTime);
  }

  @Override
  public String hash(String rawPassword) {
    return run(() -> delegate.hash(rawPassword));
  }

  @Override
  public boolean matches(String rawPassword, String encodedHash) {
    return run(() -> delegate.matches(rawPassword, encodedHash));
  }

  @Override
  public boolean needsUpgrade(String encodedHash) {
    return delegate.needsUpgrade(encodedHash);
  }

  /** Calls accepted but not yet running: for tests. */
  int waiting() {
    return pool.getQueue().size();
  }

  /** The moving average of one call's time, as admission uses it. */
  public Duration averageCallTime() {
    return Duration.ofNanos((long) averageNanos);
  }

  /** Stops the threads once the work already accepted is done. */
  @Override
  public void close() {
    pool.shutdown();
  }

  /**
   * Takes a place in line, or refuses. A call at place {@code n} (1 = the first to wait) starts
   * once {@code n} calls have finished, which on {@code threads} threads takes about {@code n /
   * threads} times one call's time.
   */
  private void admit() {
    int place = inFlight.incrementAndGet() - threads;
    if (place <= 0) {
      return;
    }
    double expectedWait = averageNanos * place / threads;
    if (place > queue || expectedWait > maxWaitNanos) {
      inFlight.decrementAndGet();
      throw new HashingBusyException();
    }
  }

  private void record(long nanos) {
    if (measured) {
      averageNanos = averageNanos + SMOOTHING * (nanos - averageNanos);
    } else {
      averageNanos = nanos;
      measured = true;
    }
  }

  // The delegate's own exception is rethrown as it was: the ExecutionException is only its wrapper.
  @SuppressWarnings("PMD.PreserveStackTrace")
  private <T> T run(Callable<T> work) {
    admit();
    // Whoever claims the call first gives its place back: the task when it ends, or a caller that
    // stops waiting before the task began.
    AtomicBoolean claimed = new AtomicBoolean();
    Future<T> result;
    try {
      result =
          pool.submit(
              () -> {
                if (!claimed.compareAndSet(false, true)) {
                  return null;
                }
                long start = nanoTime.getAsLong();
                try {
                  return work.call();
                } finally {
                  record(nanoTime.getAsLong() - start);
                  inFlight.decrementAndGet();
                }
              });
    } catch (RuntimeException notAccepted) {
      inFlight.decrementAndGet();
      throw notAccepted;
    }
    try {
      return result.get();
    } catch (InterruptedException interrupted) {
      if (claimed.compareAndSet(false, true)) {
        inFlight.decrementAndGet();
      }
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for a password hash", interrupted);
    } catch (ExecutionException failed) {
      Throwable cause = failed.getCause();
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException("password hashing failed", cause);
    }
  }

  /**
   * Daemon threads named for thread dumps; they never keep a JVM (the CLI, say) alive. They have
   * the lowest priority, so that where the JVM maps priorities to the OS (on Linux with {@code
   * -XX:ThreadPriorityPolicy=1}, as the dashboard's launcher runs) a request that does not hash is
   * served first when both want the CPU; an idle machine still gives the hashing every core.
   */
  private static final class HashingThreads implements ThreadFactory {
    private final AtomicInteger count = new AtomicInteger();

    @Override
    public Thread newThread(Runnable task) {
      Thread thread = new Thread(task, "password-hashing-" + count.incrementAndGet());
      thread.setDaemon(true);
      thread.setPriority(Thread.MIN_PRIORITY);
      return thread;
    }
  }
}
