package dev.authdash.core.service;

import dev.authdash.core.error.RateLimitedException;
import dev.authdash.core.model.AuditEventType;
import dev.authdash.core.model.ClientInfo;
import dev.authdash.core.policy.WindowedLimit;
import dev.authdash.core.port.out.LoginAttemptStore;
import java.time.Instant;

/**
 * Counts attempts of one kind per client address in the attempt store's windowed counters (shared
 * by every instance when the store is Redis) and refuses those beyond a {@link WindowedLimit}. The
 * first refusal of a window is audited; the others are not, so a flood writes one row.
 */
final class AddressRateLimiter {
  private final LoginAttemptStore attempts;
  private final Auditor auditor;

  AddressRateLimiter(LoginAttemptStore attempts, Auditor auditor) {
    this.attempts = attempts;
    this.auditor = auditor;
  }

  /**
   * Counts one attempt from the client and throws when it is beyond the limit.
   *
   * @param refusal the message shown to the client, saying to try later
   */
  void acquire(WindowedLimit limit, ClientInfo client, Instant now, String refusal) {
    long count = attempts.increment(limit.counterFor(client.address(), now), limit.window());
    if (!limit.exceededBy(count)) {
      return;
    }
    if (limit.firstRefusal(count)) {
      auditor.record(
          AuditEventType.RATE_LIMITED,
          "system",
          "",
          client,
          limit.name()
              + ": more than "
              + limit.limit()
              + " per "
              + limit.window().toMinutes()
              + " min from this address; later ones in this window are refused unaudited");
    }
    throw new RateLimitedException(refusal, limit.untilWindowEnds(now));
  }
}
