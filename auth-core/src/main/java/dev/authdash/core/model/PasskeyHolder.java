package dev.authdash.core.model;

import java.util.List;
import java.util.Objects;

/** A user as the relying party sees them: their name, their user handle and their passkeys. */
public record PasskeyHolder(UserId userId, String username, List<Passkey> passkeys) {
  public PasskeyHolder {
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(username, "username");
    passkeys = List.copyOf(passkeys);
  }

  public byte[] userHandle() {
    return Passkey.userHandle(userId);
  }
}
