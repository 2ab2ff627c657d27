package dev.authdash.core.model;

import java.util.List;
import java.util.function.Function;

/** One page of a listing with the exact total across all pages. */
public record Page<T>(List<T> items, PageRequest request, long total) {
  public Page {
    items = List.copyOf(items);
  }

  public long totalPages() {
    return total == 0 ? 1 : (total + request.size() - 1) / request.size();
  }

  public boolean hasNext() {
    return request.page() < totalPages();
  }

  public boolean hasPrevious() {
    return request.page() > 1;
  }

  public <R> Page<R> map(Function<T, R> mapper) {
    return new Page<>(items.stream().map(mapper).toList(), request, total);
  }
}
