package dev.authdash.core.model;

import java.time.Instant;
import java.util.Objects;

/** When and from where a user last signed in. */
public record LastLogin(Instant at, String address) {
  public LastLogin {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(address, "address");
  }
}
