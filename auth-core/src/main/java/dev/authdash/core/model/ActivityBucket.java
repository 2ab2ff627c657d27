package dev.authdash.core.model;

import java.time.Instant;
import java.util.Objects;

/**
 * What the audit log holds of one UTC hour or day of an {@link ActivityChart}.
 *
 * @param start the first instant of the hour or day (UTC)
 * @param signedIn successful sign-ins ({@link AuditEventType#LOGIN_SUCCEEDED})
 * @param failed failed or refused sign-ins ({@link AuditEventType#LOGIN_FAILED})
 * @param lockouts usernames locked after repeated failures ({@link AuditEventType#LOCKED})
 * @param newAccounts accounts registered or created by an admin
 */
public record ActivityBucket(
    Instant start, long signedIn, long failed, long lockouts, long newAccounts) {
  public ActivityBucket {
    Objects.requireNonNull(start, "start");
  }
}
