package dev.authdash.core.model;

import dev.authdash.core.error.InvalidInputException;
import java.util.Locale;
import java.util.Optional;

/**
 * An email address: trimmed, lower-cased, at most {@value #MAX_LENGTH} characters. Checked by a few
 * plain rules rather than a giant regular expression: one {@code @}, a local part of 1–64
 * characters without spaces, quotes, angle brackets or other characters that have a meaning in mail
 * headers, and a domain of dot-separated labels (letters, digits, hyphens; at least two labels,
 * none longer than 63). Whether the address works is proved by a verification link, not here.
 */
public record EmailAddress(String value) {
  public static final int MAX_LENGTH = 254;
  private static final int MAX_LOCAL = 64;
  private static final int MAX_LABEL = 63;
  private static final String FORBIDDEN_IN_LOCAL = "\"(),:;<>@[\\]` ";
  private static final String INVALID = "Enter a valid email address, like name@example.com.";

  public EmailAddress {
    if (value == null || !valid(value)) {
      throw new InvalidInputException(INVALID);
    }
  }

  /** Trims and lower-cases what a person typed, then applies the rules. */
  public static EmailAddress of(String raw) {
    if (raw == null || raw.isBlank()) {
      throw new InvalidInputException("Email address is required.");
    }
    return new EmailAddress(raw.strip().toLowerCase(Locale.ROOT));
  }

  /** The address when the text is a valid one, else empty (for lookups: never an error). */
  public static Optional<EmailAddress> parse(String raw) {
    if (raw == null) {
      return Optional.empty();
    }
    String normalised = raw.strip().toLowerCase(Locale.ROOT);
    return valid(normalised) ? Optional.of(new EmailAddress(normalised)) : Optional.empty();
  }

  /** The domain part, after the {@code @}. */
  public String domain() {
    return value.substring(value.indexOf('@') + 1);
  }

  /**
   * A shortened form for messages to others ({@code a***@example.com}): enough to recognise one's
   * own address, not enough to learn someone else's.
   */
  public String masked() {
    int at = value.indexOf('@');
    return value.charAt(0) + "***" + value.substring(at);
  }

  private static boolean valid(String value) {
    if (value.isEmpty() || value.length() > MAX_LENGTH) {
      return false;
    }
    int at = value.indexOf('@');
    if (at < 1 || at != value.lastIndexOf('@') || at > MAX_LOCAL) {
      return false;
    }
    return validLocal(value.substring(0, at)) && validDomain(value.substring(at + 1));
  }

  private static boolean validLocal(String local) {
    if (local.startsWith(".") || local.endsWith(".") || local.contains("..")) {
      return false;
    }
    return local
        .codePoints()
        .noneMatch(
            c ->
                Character.isISOControl(c)
                    || Character.isWhitespace(c)
                    || FORBIDDEN_IN_LOCAL.indexOf(c) >= 0);
  }

  private static boolean validDomain(String domain) {
    String[] labels = domain.split("\\.", -1);
    if (labels.length < 2) {
      return false;
    }
    for (String label : labels) {
      if (label.isEmpty()
          || label.length() > MAX_LABEL
          || label.startsWith("-")
          || label.endsWith("-")
          || !label.codePoints().allMatch(c -> c == '-' || Character.isLetterOrDigit(c))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public String toString() {
    return value;
  }
}
