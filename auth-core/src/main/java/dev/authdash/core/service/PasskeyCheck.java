package dev.authdash.core.service;

import dev.authdash.core.model.AuditEventType;
import dev.authdash.core.model.ClientInfo;
import dev.authdash.core.model.Passkey;
import dev.authdash.core.model.PasskeyAssertion;
import dev.authdash.core.model.UserId;
import dev.authdash.core.port.out.PasskeyStore;
import dev.authdash.core.port.out.UserRepository;
import java.time.Instant;
import java.util.Optional;

/**
 * Spends a verified passkey assertion: the passkey must still exist (a removed one signs nobody in)
 * and its signature count must move forward, recorded with one conditional write. A count that went
 * back means two authenticators hold the same key: refused and audited as {@link
 * AuditEventType#PASSKEY_CLONED_SUSPECTED}.
 */
final class PasskeyCheck {
  private final PasskeyStore passkeys;
  private final UserRepository users;
  private final Auditor auditor;

  PasskeyCheck(PasskeyStore passkeys, UserRepository users, Auditor auditor) {
    this.passkeys = passkeys;
    this.users = users;
    this.auditor = auditor;
  }

  /** The stored passkey, now used; empty when it is unknown or its count did not move forward. */
  Optional<Passkey> spend(PasskeyAssertion assertion, ClientInfo client, Instant now) {
    return spend(passkeys.find(assertion.id()), assertion, client, now);
  }

  /** The same for a passkey that must be this user's (the second step of their sign-in). */
  Optional<Passkey> spendFor(
      UserId owner, PasskeyAssertion assertion, ClientInfo client, Instant now) {
    return spend(
        passkeys.find(assertion.id()).filter(passkey -> passkey.userId().equals(owner)),
        assertion,
        client,
        now);
  }

  private Optional<Passkey> spend(
      Optional<Passkey> stored, PasskeyAssertion assertion, ClientInfo client, Instant now) {
    if (stored.isPresent()
        && !passkeys.recordUse(assertion.id(), assertion.signatureCount(), now)) {
      Passkey passkey = stored.get();
      String owner =
          users.findById(passkey.userId()).map(user -> user.username().value()).orElse("");
      auditor.record(
          AuditEventType.PASSKEY_CLONED_SUSPECTED,
          "system",
          owner,
          client,
          "\""
              + passkey.label()
              + "\": signature count "
              + assertion.signatureCount()
              + " after "
              + passkey.signatureCount());
      return Optional.empty();
    }
    return stored;
  }
}
