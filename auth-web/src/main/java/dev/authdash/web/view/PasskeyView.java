package dev.authdash.web.view;

import dev.authdash.core.model.Passkey;

/** A passkey as the pages show it: its name and dates, never its key. */
public record PasskeyView(String id, String label, String created, String lastUsed) {
  public static PasskeyView of(Passkey passkey) {
    return new PasskeyView(
        passkey.id().value(),
        passkey.label(),
        UserView.format(passkey.createdAt()),
        passkey.lastUsedAt().map(UserView::format).orElse("never"));
  }
}
