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
 */
public record User(
    UserId id,
    Username username,
    String passwordHash,
    Role role,
    boolean owner,
    Instant createdAt,
    LastLogin lastLogin,
    LastLogin previousLogin) {

  public User {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(passwordHash, "passwordHash");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(createdAt, "createdAt");
  }

  /** A new user, never stored yet. */
  public static User register(Username username, String passwordHash, Role role, Instant now) {
    return new User(UserId.random(), username, passwordHash, role, false, now, null, null);
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
    return new User(id, username, passwordHash, role, owner, createdAt, lastLogin, previousLogin);
  }

  public Optional<LastLogin> lastLoginIfAny() {
    return Optional.ofNullable(lastLogin);
  }

  public Optional<LastLogin> previousLoginIfAny() {
    return Optional.ofNullable(previousLogin);
  }

  public boolean isAdmin() {
    return role == Role.ADMIN;
  }

  public User withRole(Role newRole) {
    return new User(
        id, username, passwordHash, newRole, owner, createdAt, lastLogin, previousLogin);
  }

  public User withPasswordHash(String newHash) {
    return new User(id, username, newHash, role, owner, createdAt, lastLogin, previousLogin);
  }

  /** A new sign-in: it becomes the last login, and the last one becomes the previous. */
  public User withLastLogin(LastLogin login) {
    return new User(id, username, passwordHash, role, owner, createdAt, login, lastLogin);
  }

  public User asOwner() {
    return new User(id, username, passwordHash, role, true, createdAt, lastLogin, previousLogin);
  }

  @Override
  public String toString() {
    return "User[" + username + ", " + role + (owner ? ", owner" : "") + ", id=" + id + "]";
  }
}
