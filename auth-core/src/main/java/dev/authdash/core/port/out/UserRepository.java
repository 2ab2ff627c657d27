package dev.authdash.core.port.out;

import dev.authdash.core.error.UsernameTakenException;
import dev.authdash.core.model.Page;
import dev.authdash.core.model.Role;
import dev.authdash.core.model.User;
import dev.authdash.core.model.UserId;
import dev.authdash.core.model.UserQuery;
import dev.authdash.core.model.Username;
import java.util.Optional;

/**
 * Outgoing port: where users are kept. Implementations are thread-safe and throw {@link
 * dev.authdash.core.error.StoreUnavailableException} when the store cannot be reached.
 */
public interface UserRepository {

  Optional<User> findById(UserId id);

  Optional<User> findByUsername(Username username);

  /**
   * Stores a new user.
   *
   * @throws UsernameTakenException when the username exists, even when two adds race
   */
  void add(User user);

  /** Replaces the stored user with the same id; returns false when there is none. */
  boolean update(User user);

  /** Removes the user; returns false when there was none. */
  boolean delete(UserId id);

  /** A page of users matching the query, ordered by username, with the exact total. */
  Page<User> list(UserQuery query);

  long countByRole(Role role);

  long count();
}
