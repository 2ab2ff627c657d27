package dev.authdash.persistence.postgres;

import dev.authdash.core.model.UserQuery;
import dev.authdash.core.model.Username;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The SQL for one page of users and for its exact total, chosen so that each uses an index (the
 * same plans as the SQLite adapter's, in PostgreSQL's terms).
 *
 * <p>The page's keys are chosen first and only its rows read (a deferred join): on the covering
 * indexes {@code (username, seq)} and {@code (role, username, seq)} an index walk skips earlier
 * pages and filters with {@code strpos} without reading the table.
 *
 * <ul>
 *   <li>No search: the {@code (role, username, seq)} or the {@code (username, seq)} index walks in
 *       order and stops after the page; totals come from {@code user_counts}.
 *   <li>Search of 3+ characters: the {@code pg_trgm} GIN index finds and counts the matching rows
 *       ({@code LIKE '%term%'}); a term of exactly 3 characters takes its total from {@code
 *       username_gram_counts} instead (V15), which saves rechecking every match in the table. For
 *       the page, sparse matches are fetched and sorted; dense ones are cheaper to find by walking
 *       the username index until the page is full ({@code strpos}, which the trigram index cannot
 *       serve, so the planner walks).
 *   <li>Search of 1–2 characters: {@code username_gram_counts} holds the exact total; the page
 *       comes from {@code username_grams} when sparse (the postings of the 2-character term, or of
 *       every counted pair that contains the 1-character term), from the username index walk when
 *       dense.
 * </ul>
 *
 * <p>{@code %}, {@code _} and {@code \} in a term are escaped for {@code LIKE}; {@code strpos} and
 * {@code =} take the term literally.
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
    if (search.length() <= TRIGRAM) {
      sql.append("SELECT coalesce(sum(n), 0) FROM username_gram_counts WHERE gram = ?");
      parameters.add(search);
    } else {
      sql.append("SELECT count(*) FROM users WHERE username LIKE ?");
      parameters.add(likePattern(search));
    }
    query
        .role()
        .ifPresent(
            role -> {
              sql.append(" AND role = ?");
              parameters.add(role.name());
            });
    return new UserListingQuery(sql.toString(), parameters);
  }

  /**
   * One page of matching users in username order.
   *
   * @param matches the exact total, used to choose between the two plans for a search
   * @param population how many users the search runs over (all, or those of the role)
   */
  static UserListingQuery page(UserQuery query, long matches, long population) {
    List<Object> parameters = new ArrayList<>();
    StringBuilder sql = new StringBuilder("SELECT u.seq FROM users u");
    String search = query.search().orElse(null);
    boolean fetch = search != null && fetchingMatchesIsCheaper(matches, population, query);
    if (fetch && search.length() >= TRIGRAM) {
      sql.append(" WHERE u.username LIKE ?");
      parameters.add(likePattern(search));
    } else if (fetch) {
      sql.append(" WHERE u.seq IN (SELECT g.user_seq FROM username_grams g WHERE g.gram ");
      if (search.length() == 1) {
        // The postings hold pairs only (V16): those that contain the character, as counted.
        sql.append(
            "IN (SELECT c.gram FROM username_gram_counts c"
                + " WHERE length(c.gram) = 2 AND strpos(c.gram, ?) > 0 AND c.n > 0)");
      } else {
        sql.append("= ?");
      }
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
      sql.append(" WHERE true");
      if (search != null) {
        sql.append(" AND strpos(u.username, ?) > 0");
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
    // Deferred join: the page's keys come from the (covering) index, then only their rows are read.
    return new UserListingQuery(
        "SELECT "
            + COLUMNS
            + " FROM users u JOIN ("
            + sql
            + ") page ON page.seq = u.seq ORDER BY u.username",
        parameters);
  }

  /**
   * A keyset batch ({@link dev.authdash.core.port.out.UserRepository#listAfter}): the username
   * index (or {@code (role, username)}) seeks past the last username and walks on in order,
   * filtering by {@code strpos} (literal, no wildcards), until the batch is full; a whole walk
   * reads each user once.
   */
  static UserListingQuery after(UserQuery query, Optional<Username> after, int limit) {
    List<Object> parameters = new ArrayList<>();
    StringBuilder sql =
        new StringBuilder("SELECT ").append(COLUMNS).append(" FROM users u WHERE true");
    query
        .search()
        .ifPresent(
            search -> {
              sql.append(" AND strpos(u.username, ?) > 0");
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

  /** {@code %term%} with the term's own {@code \}, {@code %} and {@code _} taken literally. */
  static String likePattern(String search) {
    return '%' + search.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + '%';
  }
}
