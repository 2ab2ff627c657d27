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
 */
public record User(
    UserId id,
    Username username,
    String passwordHash,
    Role role,
    boolean owner,
    Instant createdAt,
    LastLogin lastLogin) {

  public User {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(passwordHash, "passwordHash");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(createdAt, "createdAt");
  }

  /** A new user, never stored yet. */
  public static User register(Username username, String passwordHash, Role role, Instant now) {
    return new User(UserId.random(), username, passwordHash, role, false, now, null);
  }

  /** A user read back from a store. */
  public static User restore(
      UserId id,
      Username username,
      String passwordHash,
      Role role,
      boolean owner,
      Instant createdAt,
      LastLogin lastLogin) {
    return new User(id, username, passwordHash, role, owner, createdAt, lastLogin);
  }

  public Optional<LastLogin> lastLoginIfAny() {
    return Optional.ofNullable(lastLogin);
  }

  public boolean isAdmin() {
    return role == Role.ADMIN;
  }

  public User withRole(Role newRole) {
    return new User(id, username, passwordHash, newRole, owner, createdAt, lastLogin);
  }

  public User withPasswordHash(String newHash) {
    return new User(id, username, newHash, role, owner, createdAt, lastLogin);
  }

  public User withLastLogin(LastLogin login) {
    return new User(id, username, passwordHash, role, owner, createdAt, login);
  }

  public User asOwner() {
    return new User(id, username, passwordHash, role, true, createdAt, lastLogin);
  }

  @Override
  public String toString() {
    return "User[" + username + ", " + role + (owner ? ", owner" : "") + ", id=" + id + "]";
  }
}
