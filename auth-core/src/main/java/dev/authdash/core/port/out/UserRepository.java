package dev.authdash.core.port.out;

import dev.authdash.core.error.UsernameTakenException;
import dev.authdash.core.model.Batch;
import dev.authdash.core.model.EmailAddress;
import dev.authdash.core.model.Page;
import dev.authdash.core.model.Role;
import dev.authdash.core.model.TokenDigest;
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

  /** The user whose verified address this is (unverified addresses are not found). */
  Optional<User> findByVerifiedEmail(EmailAddress address);

  /** The user with a pending address whose verification token has this digest. */
  Optional<User> findByPendingEmail(TokenDigest tokenDigest);

  /**
   * Stores a new user.
   *
   * @throws UsernameTakenException when the username exists, even when two adds race
   * @throws dev.authdash.core.error.EmailTakenException when another user has verified the address
   */
  void add(User user);

  /**
   * Replaces the stored user with the same id; returns false when there is none.
   *
   * @throws dev.authdash.core.error.EmailTakenException when the user's address is verified and
   *     another user has verified it too, even when two updates race
   */
  boolean update(User user);

  /** Removes the user; returns false when there was none. */
  boolean delete(UserId id);

  /** A page of users matching the query, ordered by username, with the exact total. */
  Page<User> list(UserQuery query);

  /**
   * A keyset walk (for exports): up to {@code limit} users matching the query's search and role
   * (its page is not used), in username order, with a username strictly after {@code after}, or
   * from the first when it is empty. The batch's {@code next} is the username the following batch
   * starts after, empty once nothing is left. Each batch is a seek on the username index, never an
   * offset.
   */
  Batch<User, Username> listAfter(UserQuery query, Optional<Username> after, int limit);

  long countByRole(Role role);

  long count();

  /**
   * The user's device epoch: device cookies carry the epoch they were issued in and are trusted
   * only while it is still the user's. Zero for a user whose epoch never moved, and for an unknown
   * id. {@link #update} never changes it.
   */
  long deviceEpoch(UserId id);

  /**
   * Moves the user's device epoch on, atomically (two calls at once move it twice), so that every
   * device cookie issued so far stops being trusted. Does nothing for an unknown id.
   */
  void advanceDeviceEpoch(UserId id);
}
