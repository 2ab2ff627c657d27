package dev.authdash.core.port.in;

import dev.authdash.core.model.Actor;
import dev.authdash.core.model.Passkey;
import java.util.List;

/**
 * One's passkeys: add one the relying party verified, name it, list, rename and remove (with the
 * password); an admin lists a user's and removes one (nobody but the owner touches the owner's).
 */
public interface PasskeysUseCase {
  /** The user's passkeys, oldest first (self or admin). */
  List<Passkey> list(Actor actor, String username);

  /** Adds a passkey to the signed-in user under a name; audited as PASSKEY_ADDED. */
  Passkey add(AddPasskeyCommand command);

  /** Gives one of the signed-in user's passkeys a new name (not audited). */
  void rename(RenamePasskeyCommand command);

  /** Removes one's own passkey; needs the current password (under the login throttle). */
  void remove(RemovePasskeyCommand command);

  /** An admin removes a user's passkey; audited as PASSKEY_REMOVED. */
  void removeAsAdmin(RemovePasskeyAsAdminCommand command);
}
