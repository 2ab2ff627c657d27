package dev.authdash.core.model;

import dev.authdash.core.error.InvalidInputException;

/** Which page of a listing, 1-based, and how many rows on it (1–100). */
public record PageRequest(int page, int size) {
  public static final int MAX_SIZE = 100;

  public PageRequest {
    if (page < 1) {
      throw new InvalidInputException("Page numbers start at 1.");
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new InvalidInputException("Page size must be between 1 and " + MAX_SIZE + ".");
    }
  }

  public static PageRequest first(int size) {
    return new PageRequest(1, size);
  }

  public long offset() {
    return (long) (page - 1) * size;
  }
}
