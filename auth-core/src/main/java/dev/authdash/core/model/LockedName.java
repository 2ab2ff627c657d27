package dev.authdash.core.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A username locked now after repeated failed sign-ins (it need not belong to an account: typed
 * names lock alike).
 *
 * @param until when the lock lifts
 * @param level how many locks in a row (each doubles the next)
 * @param failures failed sign-ins with this name in the last 24 hours (the audit log's)
 * @param lastAddress the address of the latest of those failures, or empty
 */
public record LockedName(
    String username, Instant until, int level, long failures, String lastAddress) {
  public LockedName {
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(until, "until");
    lastAddress = lastAddress == null ? "" : lastAddress;
  }
}
