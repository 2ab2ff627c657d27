package dev.authdash.core.model;

import dev.authdash.core.error.InvalidInputException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * The public name of a session, shown in session lists and used to revoke one. It is random and
 * unrelated to the token, so showing it grants nothing.
 */
public record SessionHandle(String value) {
  private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9_-]{22}");
  private static final SecureRandom RANDOM = new SecureRandom();

  public SessionHandle {
    if (value == null || !FORMAT.matcher(value).matches()) {
      throw new InvalidInputException("That is not a session handle.");
    }
  }

  public static SessionHandle random() {
    byte[] bytes = new byte[16];
    RANDOM.nextBytes(bytes);
    return new SessionHandle(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
  }

  @Override
  public String toString() {
    return value;
  }
}
