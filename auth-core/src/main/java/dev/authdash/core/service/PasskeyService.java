package dev.authdash.core.service;

import dev.authdash.core.error.InvalidInputException;
import dev.authdash.core.error.NotPermittedException;
import dev.authdash.core.error.ProtectedOwnerException;
import dev.authdash.core.model.Actor;
import dev.authdash.core.model.AuditEventType;
import dev.authdash.core.model.ClientInfo;
import dev.authdash.core.model.Passkey;
import dev.authdash.core.model.PasskeyId;
import dev.authdash.core.model.User;
import dev.authdash.core.model.VerifiedPasskey;
import dev.authdash.core.port.in.AddPasskeyCommand;
import dev.authdash.core.port.in.PasskeysUseCase;
import dev.authdash.core.port.in.RemovePasskeyAsAdminCommand;
import dev.authdash.core.port.in.RemovePasskeyCommand;
import dev.authdash.core.port.in.RenamePasskeyCommand;
import dev.authdash.core.port.out.PasskeyStore;
import dev.authdash.core.port.out.UserRepository;
import java.util.List;

/**
 * One's passkeys, and an admin's view of a user's. Names are trimmed and bounded ({@link
 * Passkey#normaliseLabel}); removing one's own needs the current password, so a session left open
 * cannot strip the account of its passkeys; nobody but the owner removes the owner's.
 */
public final class PasskeyService implements PasskeysUseCase {
  static final String BAD_LABEL =
      "Give the passkey a name of 1 to " + Passkey.MAX_LABEL + " characters.";
  static final String NO_SUCH_PASSKEY = "There is no such passkey.";

  private final Access access;
  private final UserRepository users;
  private final PasskeyStore passkeys;
  private final CurrentPassword currentPassword;
  private final Auditor auditor;
  private final TimeSource time;

  PasskeyService(
      Access access,
      UserRepository users,
      PasskeyStore passkeys,
      CurrentPassword currentPassword,
      Auditor auditor,
      TimeSource time) {
    this.access = access;
    this.users = users;
    this.passkeys = passkeys;
    this.currentPassword = currentPassword;
    this.auditor = auditor;
    this.time = time;
  }

  @Override
  public List<Passkey> list(Actor actor, String username) {
    User target = access.existing(username);
    access.requireSelfOrAdmin(actor, target);
    return passkeys.findByUser(target.id());
  }

  @Override
  public Passkey add(AddPasskeyCommand command) {
    User user = self(command.actor());
    VerifiedPasskey verified = command.verified();
    String name =
        Passkey.normaliseLabel(command.label())
            .orElseThrow(() -> new InvalidInputException(BAD_LABEL));
    Passkey passkey =
        Passkey.added(
            verified.id(),
            user.id(),
            verified.publicKeyCose(),
            verified.signatureCount(),
            name,
            time.now(),
            verified.transports());
    if (!passkeys.add(passkey)) {
      throw new InvalidInputException("That passkey is already registered.");
    }
    auditor.record(
        AuditEventType.PASSKEY_ADDED,
        command.actor(),
        user.username().value(),
        command.client(),
        "\"" + name + "\"");
    return passkey;
  }

  @Override
  public void rename(RenamePasskeyCommand command) {
    User user = self(command.actor());
    String name =
        Passkey.normaliseLabel(command.label())
            .orElseThrow(() -> new InvalidInputException(BAD_LABEL));
    if (!passkeys.rename(user.id(), command.id(), name)) {
      throw new InvalidInputException(NO_SUCH_PASSKEY);
    }
  }

  @Override
  public void remove(RemovePasskeyCommand command) {
    User user = self(command.actor());
    currentPassword.require(user, command.currentPassword(), command.client(), time.now());
    removeOf(command.actor(), user, command.id(), command.client());
  }

  @Override
  public void removeAsAdmin(RemovePasskeyAsAdminCommand command) {
    Actor actor = command.actor();
    access.requireAdmin(actor);
    User target = access.existing(command.username());
    if (target.owner() && !actor.is(target)) {
      throw new ProtectedOwnerException("Only the owner can remove the owner's passkeys.");
    }
    removeOf(actor, target, command.id(), command.client());
  }

  private void removeOf(Actor actor, User owner, PasskeyId id, ClientInfo client) {
    String label =
        passkeys.find(id).filter(p -> p.userId().equals(owner.id())).map(Passkey::label).orElse("");
    if (!passkeys.delete(owner.id(), id)) {
      throw new InvalidInputException(NO_SUCH_PASSKEY);
    }
    auditor.record(
        AuditEventType.PASSKEY_REMOVED,
        actor,
        owner.username().value(),
        client,
        "\"" + label + "\"");
  }

  /** The signed-in user acting on their own passkeys, as stored now. */
  private User self(Actor actor) {
    return actor
        .userIdIfUser()
        .flatMap(users::findById)
        .orElseThrow(() -> new NotPermittedException("Please sign in."));
  }
}
