package dev.authdash.web.config;

import dev.authdash.core.model.ClientInfo;
import dev.authdash.core.port.in.RequestPasswordResetCommand;
import dev.authdash.core.port.in.RequestPasswordResetUseCase;
import io.micronaut.context.annotation.Bean;
import jakarta.inject.Singleton;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs "forgot password" requests off the request thread, one at a time, so the answer takes the
 * same time whatever the login matches (looking up, issuing the link and queueing the mail happen
 * here; the mail itself is sent later by the outbox's sender). A full queue (a flood beyond the
 * per-address limits) drops requests, which the answer does not reveal either.
 */
@Singleton
@Bean(preDestroy = "close")
public final class ResetRequests implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ResetRequests.class);
  private static final int QUEUE = 1_000;

  private final RequestPasswordResetUseCase requestPasswordResetUseCase;
  private final ThreadPoolExecutor worker =
      new ThreadPoolExecutor(
          1,
          1,
          0,
          TimeUnit.SECONDS,
          new ArrayBlockingQueue<>(QUEUE),
          r -> {
            Thread t = new Thread(r, "forgot-password");
            t.setDaemon(true);
            return t;
          },
          (r, pool) -> LOG.warn("Forgot password: {} requests waiting, one dropped", QUEUE));

  ResetRequests(RequestPasswordResetUseCase requestPasswordResetUseCase) {
    this.requestPasswordResetUseCase = requestPasswordResetUseCase;
  }

  /** Hands the request to the worker and returns at once. */
  public void submit(String login, ClientInfo client) {
    worker.execute(
        () -> {
          try {
            requestPasswordResetUseCase.requestPasswordReset(
                new RequestPasswordResetCommand(login, client));
          } catch (RuntimeException e) {
            LOG.warn("Forgot password: a request could not be handled: {}", e.getMessage());
          }
        });
  }

  /** Waits (at most {@code millis}) until every request handed in so far is handled. */
  public boolean drain(long millis) throws InterruptedException {
    long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
    while (worker.getActiveCount() > 0 || !worker.getQueue().isEmpty()) {
      if (System.nanoTime() > end) {
        return false;
      }
      Thread.sleep(5);
    }
    return true;
  }

  @Override
  public void close() {
    worker.shutdown();
  }
}
