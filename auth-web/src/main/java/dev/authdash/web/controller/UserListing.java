package dev.authdash.web.controller;

import dev.authdash.core.export.ExportFormat;
import dev.authdash.core.model.PageRequest;
import dev.authdash.core.model.Role;
import dev.authdash.core.model.UserQuery;
import io.micronaut.http.uri.UriBuilder;
import java.util.Locale;
import java.util.Optional;

/**
 * The users panel's search state (search text, role, page number), read leniently from the query or
 * a form: anything malformed falls back to the default, so a hand-edited address never fails.
 */
record UserListing(String q, String role, int page) {
  static final String PANEL = "/admin/users";
  private static final int MAX_QUERY = 64;
  private static final int MAX_PAGE_DIGITS = 9;

  static UserListing of(String q, String role, String page) {
    return new UserListing(query(q), roleName(role), parsePage(page));
  }

  /** A page number of at least 1; 1 for anything that is not one. */
  static int parsePage(String raw) {
    if (raw == null || raw.isBlank() || raw.length() > MAX_PAGE_DIGITS) {
      return 1;
    }
    try {
      return Math.max(1, Integer.parseInt(raw.strip()));
    } catch (NumberFormatException e) {
      return 1;
    }
  }

  private static String query(String q) {
    String query = q == null ? "" : q.strip();
    return query.length() > MAX_QUERY ? query.substring(0, MAX_QUERY) : query;
  }

  /** The role's name in capitals, or "" (every role) when it names none. */
  private static String roleName(String role) {
    if (role == null) {
      return "";
    }
    String upper = role.strip().toUpperCase(Locale.ROOT);
    for (Role r : Role.values()) {
      if (r.name().equals(upper)) {
        return upper;
      }
    }
    return "";
  }

  Optional<Role> roleFilter() {
    return role.isEmpty() ? Optional.empty() : Optional.of(Role.valueOf(role));
  }

  /** What the core is asked for: this listing's page, of the given size. */
  UserQuery query(int pageSize) {
    return new UserQuery(Optional.of(q), roleFilter(), new PageRequest(page, pageSize));
  }

  UserListing withPage(int newPage) {
    return new UserListing(q, role, newPage);
  }

  /** The export of every page of this listing. */
  String exportUri(ExportFormat format) {
    return filtered(UriBuilder.of(PANEL + "/export").queryParam("format", format.extension()))
        .toString();
  }

  /** The panel showing this listing; what is at its default is left out. */
  String uri() {
    UriBuilder builder = filtered(UriBuilder.of(PANEL));
    if (page > 1) {
      builder.queryParam("page", page);
    }
    return builder.toString();
  }

  private UriBuilder filtered(UriBuilder builder) {
    if (!q.isEmpty()) {
      builder.queryParam("q", q);
    }
    if (!role.isEmpty()) {
      builder.queryParam("role", role);
    }
    return builder;
  }
}
