package dev.authdash.core.model;

import java.util.Objects;
import java.util.UUID;

/** The identity of one mail in the outbox. */
public record MailId(UUID value) {
  public MailId {
    Objects.requireNonNull(value, "value");
  }

  public static MailId random() {
    return new MailId(UUID.randomUUID());
  }

  public static MailId of(String text) {
    return new MailId(UUID.fromString(text));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
