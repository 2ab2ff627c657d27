package dev.authdash.core.model;

import java.time.Instant;
import java.util.Objects;

/**
 * One mail in the outbox, as the store keeps it. The body (plain text and HTML, which may carry a
 * single-use link) is sealed by the core before it is stored and opened only to send it.
 *
 * @param kind what the mail is for ({@code password-reset}, {@code verify-email} …), for the outbox
 *     listing and the audit log
 * @param sealedBody the text and HTML bodies, encrypted by the core; opaque to the store
 * @param nextAttemptAt when the mail is due (again); while a sender holds it, the end of its claim
 * @param attempts how many times a sender claimed it
 * @param lastError why the last attempt failed; empty when none did
 */
public record OutboxMail(
    MailId id,
    EmailAddress to,
    String kind,
    String subject,
    String sealedBody,
    Instant createdAt,
    Instant nextAttemptAt,
    int attempts,
    String lastError,
    State state) {

  /** Pending mails are sent (and retried); failed ones were given up and stay for the operator. */
  public enum State {
    PENDING,
    FAILED
  }

  public OutboxMail {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(sealedBody, "sealedBody");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
    Objects.requireNonNull(lastError, "lastError");
    Objects.requireNonNull(state, "state");
  }

  /** A new mail, due at once. */
  public static OutboxMail queue(
      EmailAddress to, String kind, String subject, String sealedBody, Instant now) {
    return queue(MailId.random(), to, kind, subject, sealedBody, now);
  }

  /** A new mail with an id chosen beforehand (the core seals the body for that id), due at once. */
  public static OutboxMail queue(
      MailId id, EmailAddress to, String kind, String subject, String sealedBody, Instant now) {
    return new OutboxMail(id, to, kind, subject, sealedBody, now, now, 0, "", State.PENDING);
  }

  /** As a sender holds it: one more attempt, not due again before {@code until}. */
  public OutboxMail claimedUntil(Instant until) {
    return new OutboxMail(
        id, to, kind, subject, sealedBody, createdAt, until, attempts + 1, lastError, state);
  }

  /** After a failed attempt: due again at {@code next}. */
  public OutboxMail retryingAt(Instant next, String error) {
    return new OutboxMail(
        id, to, kind, subject, sealedBody, createdAt, next, attempts, error, State.PENDING);
  }

  /** Given up. */
  public OutboxMail failed(String error) {
    return new OutboxMail(
        id, to, kind, subject, sealedBody, createdAt, nextAttemptAt, attempts, error, State.FAILED);
  }

  @Override
  public String toString() {
    return "OutboxMail[" + id + ", " + kind + ", " + state + ", attempts=" + attempts + "]";
  }
}
