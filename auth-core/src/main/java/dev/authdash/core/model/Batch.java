package dev.authdash.core.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One batch of a keyset walk (a seek by key, never an offset) and the key the next batch starts
 * after: empty once the walk has reached the end.
 */
public record Batch<T, K>(List<T> items, Optional<K> next) {
  public Batch {
    items = List.copyOf(items);
    Objects.requireNonNull(next, "next");
  }

  /** The batch of items read for a limit: full means there may be more, after the last's key. */
  public static <T, K> Batch<T, K> of(List<T> items, int limit, K lastKey) {
    return new Batch<>(items, items.size() < limit ? Optional.empty() : Optional.of(lastKey));
  }

  /** The limit of one batch, checked: at least one item. */
  public static int requireLimit(int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("A batch holds at least one item: " + limit);
    }
    return limit;
  }
}
