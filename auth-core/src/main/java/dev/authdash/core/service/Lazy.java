package dev.authdash.core.service;

import java.util.function.Supplier;

/** A value computed once, on first use, by whichever thread asks first; thread-safe. */
final class Lazy<T> implements Supplier<T> {
  private final Supplier<T> compute;
  private T value;

  Lazy(Supplier<T> compute) {
    this.compute = compute;
  }

  @Override
  public synchronized T get() {
    if (value == null) {
      value = compute.get();
    }
    return value;
  }
}
