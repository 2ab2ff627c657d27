package dev.authdash.persistence.sqlite;

import dev.authdash.core.model.AuditCursor;
import dev.authdash.core.model.AuditQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The SQL for a page of audit events, newest first (ties: newest appended first), and its total. A
 * user filter uses the {@code (actor, at)} and {@code (target, at)} indexes; otherwise {@code (at)}
 * walks newest first and stops after the page.
 */
record AuditListingQuery(String sql, List<Object> parameters) {
  private static final String COLUMNS = "id, at, type, actor, target, address, detail";

  static AuditListingQuery count(AuditQuery query) {
    List<Object> parameters = new ArrayList<>();
    String where = where(query, parameters);
    return new AuditListingQuery("SELECT count(*) FROM audit_events" + where, parameters);
  }

  static AuditListingQuery page(AuditQuery query) {
    List<Object> parameters = new ArrayList<>();
    String where = where(query, parameters);
    parameters.add(query.page().size());
    parameters.add(query.page().offset());
    return new AuditListingQuery(
        "SELECT "
            + COLUMNS
            + " FROM audit_events"
            + where
            + " ORDER BY at DESC, id DESC LIMIT ? OFFSET ?",
        parameters);
  }

  /**
   * A keyset batch ({@link dev.authdash.core.port.out.AuditLog#findAfter}): newest first after the
   * cursor by {@code at <= ? AND (at < ? OR id < ?)}: the range on {@code at} is what the index
   * seeks; rows of the cursor's own microsecond are filtered by id. The {@code (at)}, {@code
   * (actor, at)} and {@code (target, at)} indexes (each ends in the rowid, so both keys are in
   * index order) serve it. A user filter is the union of a walk by actor and a walk by target, each
   * stopping after the batch (an {@code OR} would make the database collect and sort every event of
   * the user for each batch); the union drops an event counted twice (actor and target alike).
   */
  static AuditListingQuery after(AuditQuery query, Optional<AuditCursor> after, int limit) {
    List<Object> parameters = new ArrayList<>();
    Optional<String> user = query.username();
    if (user.isEmpty()) {
      return new AuditListingQuery(walk(query, "", "", after, limit, parameters), parameters);
    }
    String byActor = walk(query, "actor", user.get(), after, limit, parameters);
    String byTarget = walk(query, "target", user.get(), after, limit, parameters);
    parameters.add(limit);
    return new AuditListingQuery(
        "SELECT "
            + COLUMNS
            + " FROM ("
            + byActor
            + ") by_actor UNION SELECT "
            + COLUMNS
            + " FROM ("
            + byTarget
            + ") by_target ORDER BY at DESC, id DESC LIMIT ?",
        parameters);
  }

  /** One index walk: events of the kind and since, with {@code column = user} when named. */
  private static String walk(
      AuditQuery query,
      String column,
      String user,
      Optional<AuditCursor> after,
      int limit,
      List<Object> parameters) {
    StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM audit_events WHERE 1 = 1");
    if (!column.isEmpty()) {
      sql.append(" AND ").append(column).append(" = ?");
      parameters.add(user);
    }
    sql.append(kindAndSince(query, parameters));
    after.ifPresent(
        cursor -> {
          sql.append(" AND at <= ? AND (at < ? OR id < ?)");
          parameters.add(Micros.of(cursor.at()));
          parameters.add(Micros.of(cursor.at()));
          parameters.add(cursor.position());
        });
    sql.append(" ORDER BY at DESC, id DESC LIMIT ?");
    parameters.add(limit);
    return sql.toString();
  }

  private static String where(AuditQuery query, List<Object> parameters) {
    StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    query
        .username()
        .ifPresent(
            user -> {
              where.append(" AND (actor = ? OR target = ?)");
              parameters.add(user);
              parameters.add(user);
            });
    return where.append(kindAndSince(query, parameters)).toString();
  }

  private static String kindAndSince(AuditQuery query, List<Object> parameters) {
    StringBuilder where = new StringBuilder();
    query
        .type()
        .ifPresent(
            type -> {
              where.append(" AND type = ?");
              parameters.add(type.name());
            });
    query
        .since()
        .ifPresent(
            since -> {
              where.append(" AND at >= ?");
              parameters.add(Micros.of(since));
            });
    return where.toString();
  }
}
