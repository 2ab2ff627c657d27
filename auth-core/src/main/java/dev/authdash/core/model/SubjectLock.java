package dev.authdash.core.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A login subject (a typed username {@code user:…} or a device {@code device:…}) locked now.
 *
 * @param level how many locks in a row
 * @param until when the lock lifts
 */
public record SubjectLock(String subject, int level, Instant until) {
  public SubjectLock {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(until, "until");
  }
}
