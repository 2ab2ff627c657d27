package dev.authdash.core.model;

import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

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

  /**
   * Every item of a keyset walk, in order, read a batch at a time as the stream is consumed: {@code
   * read} is given where to start (empty first) and returns the batch from there. Nothing is read
   * before the first item is asked for.
   */
  public static <T, K> Stream<T> walk(Function<Optional<K>, Batch<T, K>> read) {
    Iterator<T> items =
        new Iterator<>() {
          private Iterator<T> current = Collections.emptyIterator();
          private Optional<K> after = Optional.empty();
          private boolean started;

          @Override
          public boolean hasNext() {
            while (!current.hasNext()) {
              if (started && after.isEmpty()) {
                return false;
              }
              Batch<T, K> batch = read.apply(after);
              started = true;
              current = batch.items().iterator();
              after = batch.next();
            }
            return true;
          }

          @Override
          public T next() {
            if (!hasNext()) {
              throw new NoSuchElementException();
            }
            return current.next();
          }
        };
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(items, Spliterator.ORDERED | Spliterator.NONNULL),
        false);
  }
}
