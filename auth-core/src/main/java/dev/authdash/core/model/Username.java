package dev.authdash.core.model;

import dev.authdash.core.error.InvalidUsernameException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** A username: 3–32 letters, digits, '.', '_' or '-', always lower-case. Markup cannot pass. */
public record Username(String value) {
  public static final int MAX_LENGTH = 32;
  private static final Pattern ALLOWED = Pattern.compile("[a-z0-9._-]{3,32}");

  public Username {
    if (value == null || !ALLOWED.matcher(value).matches()) {
      throw new InvalidUsernameException(
          "Username must be 3 to 32 characters: letters, digits, '.', '_' or '-'.");
    }
  }

  /** Trims and lower-cases what a person typed, then applies the rule. */
  public static Username of(String raw) {
    if (raw == null || raw.isBlank()) {
      throw new InvalidUsernameException("Username is required.");
    }
    return new Username(raw.strip().toLowerCase(Locale.ROOT));
  }

  /** The username when the text is a valid one, else empty (for lookups: never an error). */
  public static Optional<Username> parse(String raw) {
    if (raw == null) {
      return Optional.empty();
    }
    String normalised = raw.strip().toLowerCase(Locale.ROOT);
    return ALLOWED.matcher(normalised).matches()
        ? Optional.of(new Username(normalised))
        : Optional.empty();
  }

  @Override
  public String toString() {
    return value;
  }
}
