package dev.authdash.core.model;

import java.util.Objects;

/**
 * A plain-text password in transit. Its {@code toString} hides the value so that a command record
 * that carries one can be logged without leaking it.
 */
public final class Password {
  private final String value;

  private Password(String value) {
    this.value = Objects.requireNonNull(value, "value");
  }

  public static Password of(String value) {
    return new Password(value == null ? "" : value);
  }

  /** The secret itself, for the hasher and the policy only. */
  public String reveal() {
    return value;
  }

  public int length() {
    return value.codePointCount(0, value.length());
  }

  public boolean isEmpty() {
    return value.isEmpty();
  }

  @Override
  public String toString() {
    return "Password[***]";
  }
}
