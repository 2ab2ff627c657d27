package dev.authdash.core.crypto;

import dev.authdash.core.error.HashingBusyException;
import dev.authdash.core.port.out.PasswordHasher;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs another hasher's expensive calls ({@link #hash}, {@link #matches}) on a fixed pool of
 * threads with a short queue, and refuses at once with {@link HashingBusyException} when both are
 * full. So at most {@code threads} Argon2 runs hold their memory (19 MiB each) at a time, at most
 * {@code threads + queue} callers wait (each for a bounded time), and a flood of sign-ins neither
 * queues without limit nor takes more than {@code threads} CPUs from the requests that do not hash.
 * {@link #needsUpgrade} only reads the hash's parameters and runs on the caller's thread.
 */
public final class BoundedPasswordHasher implements PasswordHasher, AutoCloseable {
  private final PasswordHasher delegate;
  private final ThreadPoolExecutor pool;

  /** One per call accepted and not yet finished: running or waiting for a thread. */
  private final Semaphore slots;

  /**
   * @param threads how many hashes run at once (the number of cores is right for Argon2 with p=1)
   * @param queue how many more may wait for a thread; 0 for none
   */
  public BoundedPasswordHasher(PasswordHasher delegate, int threads, int queue) {
    if (threads < 1 || queue < 0) {
      throw new IllegalArgumentException(
          "hashing needs at least one thread and a queue of zero or more: "
              + threads
              + ", "
              + queue);
    }
    this.delegate = delegate;
    this.slots = new Semaphore(threads + queue);
    // The queue never holds more than threads + queue tasks: the semaphore admits no more.
    this.pool =
        new ThreadPoolExecutor(
            threads,
            threads,
            0,
            TimeUnit.MILLISECONDS,
            new LinkedBlockingQueue<>(),
            new HashingThreads());
  }

  /** One thread per core and a queue of two per core. */
  public static BoundedPasswordHasher sizedToCores(PasswordHasher delegate) {
    int cores = Runtime.getRuntime().availableProcessors();
    return new BoundedPasswordHasher(delegate, cores, 2 * cores);
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

  /** Stops the threads once the work already accepted is done. */
  @Override
  public void close() {
    pool.shutdown();
  }

  // The delegate's own exception is rethrown as it was: the ExecutionException is only its wrapper.
  @SuppressWarnings("PMD.PreserveStackTrace")
  private <T> T run(Callable<T> work) {
    if (!slots.tryAcquire()) {
      throw new HashingBusyException();
    }
    // Whoever claims the call first gives its slot back: the task when it ends, or a caller that
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
                try {
                  return work.call();
                } finally {
                  slots.release();
                }
              });
    } catch (RuntimeException notAccepted) {
      slots.release();
      throw notAccepted;
    }
    try {
      return result.get();
    } catch (InterruptedException interrupted) {
      if (claimed.compareAndSet(false, true)) {
        slots.release();
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
