package dev.authdash.core.model;

import java.util.Objects;
import java.util.UUID;

/** A user's stable identity; survives renames of nothing else and is never reused. */
public record UserId(UUID value) {
  public UserId {
    Objects.requireNonNull(value, "value");
  }

  public static UserId random() {
    return new UserId(UUID.randomUUID());
  }

  public static UserId of(String text) {
    return new UserId(UUID.fromString(text));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
