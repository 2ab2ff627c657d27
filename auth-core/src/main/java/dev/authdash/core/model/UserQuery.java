package dev.authdash.core.model;

import java.util.Locale;
import java.util.Optional;

/**
 * A listing of users: optional substring of the username, optional role, a page. Ordered by
 * username, which is unique, so pages are stable.
 */
public record UserQuery(Optional<String> search, Optional<Role> role, PageRequest page) {
  public UserQuery {
    search =
        search
            .map(s -> s.strip().toLowerCase(Locale.ROOT))
            .filter(s -> !s.isEmpty())
            .map(s -> s.length() > Username.MAX_LENGTH ? s.substring(0, Username.MAX_LENGTH) : s);
  }

  public static UserQuery all(PageRequest page) {
    return new UserQuery(Optional.empty(), Optional.empty(), page);
  }
}
