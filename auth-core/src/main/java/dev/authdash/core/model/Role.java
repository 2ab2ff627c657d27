package dev.authdash.core.model;

import dev.authdash.core.error.InvalidInputException;
import java.util.Locale;

/** What a user may do: ADMIN manages users; USER sees its own dashboard. */
public enum Role {
  ADMIN,
  USER;

  /** Parses "admin" / "USER" as typed in a form or on a command line. */
  public static Role parse(String raw) {
    if (raw != null) {
      for (Role role : values()) {
        if (role.name().equals(raw.strip().toUpperCase(Locale.ROOT))) {
          return role;
        }
      }
    }
    throw new InvalidInputException("Role must be ADMIN or USER.");
  }
}
