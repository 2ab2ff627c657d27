package dev.authdash.core.model;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A person who can sign in. Immutable: every change gives a new value that the repository stores.
 * Live sessions hold only the user's id and read the user afresh on each request, which is what
 * makes role changes and deletion bite at once.
 *
 * @param owner true for the first admin, which nobody can demote or delete
 * @param lastLogin the most recent successful sign-in (the current one, for a signed-in user)
 * @param previousLogin the sign-in before that: what a dashboard shows as "last login", so a person
 *     can spot a sign-in that was not theirs
 * @param email the user's address and whether it is verified; null when none
 * @param pendingEmail an address waiting for its verification link to be followed; null when none
 */
public record User(
    UserId id,
    Username username,
    String passwordHash,
    Role role,
    boolean owner,
    Instant createdAt,
    LastLogin lastLogin,
    LastLogin previousLogin,
    UserEmail email,
    PendingEmail pendingEmail) {

  public User {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(passwordHash, "passwordHash");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(createdAt, "createdAt");
  }

  /** A new user, never stored yet. */
  public static User register(Username username, String passwordHash, Role role, Instant now) {
    return new User(
        UserId.random(), username, passwordHash, role, false, now, null, null, null, null);
  }

  /** A user read back from a store. */
  public static User restore(
      UserId id,
      Username username,
      String passwordHash,
      Role role,
      boolean owner,
      Instant createdAt,
      LastLogin lastLogin,
      LastLogin previousLogin) {
    return restore(
        id, username, passwordHash, role, owner, createdAt, lastLogin, previousLogin, null, null);
  }

  /** A user read back from a store, with its email address and pending address (either null). */
  public static User restore(
      UserId id,
      Username username,
      String passwordHash,
      Role role,
      boolean owner,
      Instant createdAt,
      LastLogin lastLogin,
      LastLogin previousLogin,
      UserEmail email,
      PendingEmail pendingEmail) {
    return new User(
        id,
        username,
        passwordHash,
        role,
        owner,
        createdAt,
        lastLogin,
        previousLogin,
        email,
        pendingEmail);
  }

  public Optional<LastLogin> lastLoginIfAny() {
    return Optional.ofNullable(lastLogin);
  }

  public Optional<LastLogin> previousLoginIfAny() {
    return Optional.ofNullable(previousLogin);
  }

  public Optional<UserEmail> emailIfAny() {
    return Optional.ofNullable(email);
  }

  public Optional<PendingEmail> pendingEmailIfAny() {
    return Optional.ofNullable(pendingEmail);
  }

  /** The address that may receive mail meant for this account only: a verified one. */
  public Optional<EmailAddress> verifiedEmail() {
    return emailIfAny().filter(UserEmail::isVerified).map(UserEmail::address);
  }

  public User withEmail(UserEmail newEmail) {
    return new User(
        id,
        username,
        passwordHash,
        role,
        owner,
        createdAt,
        lastLogin,
        previousLogin,
        newEmail,
        pendingEmail);
  }

  public User withPendingEmail(PendingEmail pending) {
    return new User(
        id,
        username,
        passwordHash,
        role,
        owner,
        createdAt,
        lastLogin,
        previousLogin,
        email,
        pending);
  }

  public boolean isAdmin() {
    return role == Role.ADMIN;
  }

  public User withRole(Role newRole) {
    return new User(
        id,
        username,
        passwordHash,
        newRole,
        owner,
        createdAt,
        lastLogin,
        previousLogin,
        email,
        pendingEmail);
  }

  public User withPasswordHash(String newHash) {
    return new User(
        id,
        username,
        newHash,
        role,
        owner,
        createdAt,
        lastLogin,
        previousLogin,
        email,
        pendingEmail);
  }

  /** A new sign-in: it becomes the last login, and the last one becomes the previous. */
  public User withLastLogin(LastLogin login) {
    return new User(
        id, username, passwordHash, role, owner, createdAt, login, lastLogin, email, pendingEmail);
  }

  public User asOwner() {
    return new User(
        id,
        username,
        passwordHash,
        role,
        true,
        createdAt,
        lastLogin,
        previousLogin,
        email,
        pendingEmail);
  }

  @Override
  public String toString() {
    return "User[" + username + ", " + role + (owner ? ", owner" : "") + ", id=" + id + "]";
  }
}
