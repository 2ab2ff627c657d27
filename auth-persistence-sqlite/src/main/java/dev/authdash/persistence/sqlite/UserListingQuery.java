package dev.authdash.persistence.sqlite;

import dev.authdash.core.model.UserQuery;
import dev.authdash.core.model.Username;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The SQL for one page of users and for its exact total, chosen so that each uses an index.
 *
 * <ul>
 *   <li>No search: the {@code (role, username)} index or the username index walks in order and
 *       stops after the page; totals come from {@code user_counts}.
 *   <li>Search of 3+ characters: the trigram index finds the matching rows and counts them. For the
 *       page, when matches are sparse they are fetched and sorted; when they are dense, walking the
 *       username index and stopping after the page reads fewer rows, so that is used instead.
 *   <li>Search of 1–2 characters (a trigram index cannot serve them): {@code username_gram_counts}
 *       holds the exact total per gram and role; for the page, {@code username_grams} lists the
 *       users containing the gram (in one role) when they are sparse, and the username index is
 *       walked when they are dense, by the same rule.
 * </ul>
 *
 * <p>Substring matching is {@code instr}, or a quoted FTS5 phrase: neither treats {@code %} or
 * {@code _} as wildcards.
 */
record UserListingQuery(String sql, List<Object> parameters) {
  static final int TRIGRAM = 3;
  private static final String COLUMNS =
      "u.id, u.username, u.password_hash, u.role, u.owner, u.created_at, u.last_login_at,"
          + " u.last_login_address, u.previous_login_at, u.previous_login_address, u.email,"
          + " u.email_verified_at, u.pending_email, u.pending_email_digest,"
          + " u.pending_email_expires_at";

  /** The exact number of users matching a search (without one, {@code user_counts} answers). */
  static UserListingQuery count(UserQuery query) {
    String search = query.search().orElseThrow();
    List<Object> parameters = new ArrayList<>();
    StringBuilder sql = new StringBuilder();
    if (search.length() < TRIGRAM) {
      sql.append("SELECT coalesce(sum(n), 0) FROM username_gram_counts WHERE gram = ?");
      parameters.add(search);
      query
          .role()
          .ifPresent(
              role -> {
                sql.append(" AND role = ?");
                parameters.add(role.name());
              });
      return new UserListingQuery(sql.toString(), parameters);
    }
    if (query.role().isEmpty()) {
      return new UserListingQuery(
          "SELECT count(*) FROM users_search WHERE users_search MATCH ?", List.of(phrase(search)));
    }
    return new UserListingQuery(
        "SELECT count(*) FROM users_search s JOIN users u ON u.seq = s.rowid"
            + " WHERE users_search MATCH ? AND u.role = ?",
        List.of(phrase(search), query.role().orElseThrow().name()));
  }

  /**
   * One page of matching users in username order.
   *
   * @param matches the exact total, used to choose between the two plans for a search
   * @param population how many users the search runs over (all, or those of the role)
   */
  static UserListingQuery page(UserQuery query, long matches, long population) {
    List<Object> parameters = new ArrayList<>();
    StringBuilder sql = new StringBuilder("SELECT ").append(COLUMNS).append(" FROM users u");
    String search = query.search().orElse(null);
    boolean fetch = search != null && fetchingMatchesIsCheaper(matches, population, query);
    if (fetch && search.length() >= TRIGRAM) {
      sql.append(" WHERE u.seq IN (SELECT rowid FROM users_search WHERE users_search MATCH ?)");
      parameters.add(phrase(search));
    } else if (fetch) {
      sql.append(" WHERE u.seq IN (SELECT g.user_seq FROM username_grams g WHERE g.gram = ?");
      parameters.add(search);
      query
          .role()
          .ifPresent(
              role -> {
                sql.append(" AND g.role = ?");
                parameters.add(role.name());
              });
      sql.append(')');
    } else {
      sql.append(" WHERE 1 = 1");
      if (search != null) {
        sql.append(" AND instr(u.username, ?) > 0");
        parameters.add(search);
      }
    }
    query
        .role()
        .ifPresent(
            role -> {
              sql.append(" AND u.role = ?");
              parameters.add(role.name());
            });
    sql.append(" ORDER BY u.username LIMIT ? OFFSET ?");
    parameters.add(query.page().size());
    parameters.add(query.page().offset());
    return new UserListingQuery(sql.toString(), parameters);
  }

  /**
   * A keyset batch ({@link dev.authdash.core.port.out.UserRepository#listAfter}): the username
   * index (or {@code (role, username)}) seeks past the last username and walks on in order,
   * filtering by {@code instr} (literal, no wildcards), until the batch is full; a whole walk reads
   * each user once.
   */
  static UserListingQuery after(UserQuery query, Optional<Username> after, int limit) {
    List<Object> parameters = new ArrayList<>();
    StringBuilder sql =
        new StringBuilder("SELECT ").append(COLUMNS).append(" FROM users u WHERE 1 = 1");
    query
        .search()
        .ifPresent(
            search -> {
              sql.append(" AND instr(u.username, ?) > 0");
              parameters.add(search);
            });
    query
        .role()
        .ifPresent(
            role -> {
              sql.append(" AND u.role = ?");
              parameters.add(role.name());
            });
    after.ifPresent(
        name -> {
          sql.append(" AND u.username > ?");
          parameters.add(name.value());
        });
    sql.append(" ORDER BY u.username LIMIT ?");
    parameters.add(limit);
    return new UserListingQuery(sql.toString(), parameters);
  }

  /**
   * Walking the username index reads about (offset + size) / density rows; fetching the matches
   * reads and sorts all of them. Sorting costs a few times a read, hence the factor.
   */
  static boolean fetchingMatchesIsCheaper(long matches, long population, UserQuery query) {
    if (matches == 0 || population == 0) {
      return true;
    }
    long wanted = query.page().offset() + query.page().size();
    double walked = (double) wanted * population / matches;
    return 4.0 * matches < walked;
  }

  /** The search text as one FTS5 phrase: quoted, so no character of it is query syntax. */
  static String phrase(String search) {
    return '"' + search.replace("\"", "\"\"") + '"';
  }
}
