package dev.authdash.core.port.out;

import java.util.function.Supplier;

/**
 * Outgoing port: runs a check-then-write on the user store atomically, so that guards such as "at
 * least one admin" hold when two admins act at once, across processes where the store is shared.
 */
public interface UnitOfWork {

  /** Runs the work so that no other unit of work interleaves with it; returns its result. */
  <T> T atomically(Supplier<T> work);
}
