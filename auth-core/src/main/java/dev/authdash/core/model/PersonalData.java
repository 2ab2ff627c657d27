package dev.authdash.core.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What the dashboard keeps about one user, for that user to take away ("Download my data"). Built
 * from parts that hold no secret: no password hash, TOTP key, recovery code, passkey public key or
 * session token can be put in it.
 *
 * @param auditEvents the events about the user (as actor or as target), newest first, at most
 *     {@link #MAX_AUDIT_EVENTS}; the address is kept only where the user was the actor (an admin's
 *     address is the admin's, not theirs)
 * @param auditEventsComplete false when there were more events than that
 */
public record PersonalData(
    Instant exportedAt,
    Account account,
    List<SessionEntry> sessions,
    List<PasskeyEntry> passkeys,
    List<AuditEvent> auditEvents,
    boolean auditEventsComplete) {

  /** The most audit events one export carries (the newest ones): a few MB at most. */
  public static final int MAX_AUDIT_EVENTS = 10_000;

  public PersonalData {
    Objects.requireNonNull(exportedAt, "exportedAt");
    Objects.requireNonNull(account, "account");
    sessions = List.copyOf(sessions);
    passkeys = List.copyOf(passkeys);
    auditEvents = List.copyOf(auditEvents);
  }

  /**
   * The account itself.
   *
   * @param lastLogin the latest sign-in (the one this export was asked from, usually)
   * @param previousLogin the one before it
   */
  public record Account(
      String username,
      Role role,
      boolean owner,
      Instant createdAt,
      Optional<UserEmail> email,
      Optional<EmailAddress> pendingEmail,
      Optional<LastLogin> lastLogin,
      Optional<LastLogin> previousLogin,
      SecondFactorStatus secondFactor) {

    public static Account of(User user, SecondFactorStatus secondFactor) {
      return new Account(
          user.username().value(),
          user.role(),
          user.owner(),
          user.createdAt(),
          user.emailIfAny(),
          user.pendingEmailIfAny().map(PendingEmail::address),
          user.lastLoginIfAny(),
          user.previousLoginIfAny(),
          secondFactor);
    }
  }

  /** A live session, named by its browser and address (never by its token or handle). */
  public record SessionEntry(
      String userAgent, String address, Instant startedAt, Instant lastSeenAt, Instant expiresAt) {

    public static SessionEntry of(Session session) {
      return new SessionEntry(
          session.userAgent(),
          session.address(),
          session.createdAt(),
          session.lastSeenAt(),
          session.expiresAt());
    }
  }

  /** A passkey by the name its owner gave it (never its public key or credential id). */
  public record PasskeyEntry(
      String label, Instant addedAt, Optional<Instant> lastUsedAt, Set<String> transports) {

    public PasskeyEntry {
      transports = Set.copyOf(transports);
    }

    public static PasskeyEntry of(Passkey passkey) {
      return new PasskeyEntry(
          passkey.label(), passkey.createdAt(), passkey.lastUsedAt(), passkey.transports());
    }
  }
}
