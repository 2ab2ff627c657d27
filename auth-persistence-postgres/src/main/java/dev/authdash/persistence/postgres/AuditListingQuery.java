package dev.authdash.persistence.postgres;

import dev.authdash.core.model.AuditCursor;
import dev.authdash.core.model.AuditQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The SQL for a page of audit events, newest first (ties: newest appended first), and its total. A
 * user filter uses the {@code (actor, at, id)} and {@code (target, at, id)} indexes; otherwise
 * {@code (at, id)} walks backwards and stops after the page. An unfiltered total comes from {@code
 * audit_counts}, not from counting.
 */
record AuditListingQuery(String sql, List<Object> parameters) {
  private static final String COLUMNS = "id, at, type, actor, target, address, detail";

  static boolean isUnfiltered(AuditQuery query) {
    return query.username().isEmpty() && query.type().isEmpty() && query.since().isEmpty();
  }

  /** Only a type filter: {@code audit_type_counts} has the total. */
  static boolean isTypeOnly(AuditQuery query) {
    return query.username().isEmpty() && query.type().isPresent() && query.since().isEmpty();
  }

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
   * cursor by the row comparison {@code (at, id) < (?, ?)}, a range on the index. The {@code (at,
   * id)}, {@code (actor, at, id)} and {@code (target, at, id)} indexes serve it. A user filter is
   * the union of a walk by actor and a walk by target, each stopping after the batch (an {@code OR}
   * would make the database collect and sort every event of the user for each batch); the union
   * drops an event counted twice (actor and target alike).
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
    StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM audit_events WHERE true");
    if (!column.isEmpty()) {
      sql.append(" AND ").append(column).append(" = ?");
      parameters.add(user);
    }
    sql.append(kindAndSince(query, parameters));
    after.ifPresent(
        cursor -> {
          sql.append(" AND (at, id) < (?, ?)");
          parameters.add(cursor.at());
          parameters.add(cursor.position());
        });
    sql.append(" ORDER BY at DESC, id DESC LIMIT ?");
    parameters.add(limit);
    return sql.toString();
  }

  private static String where(AuditQuery query, List<Object> parameters) {
    StringBuilder where = new StringBuilder(" WHERE true");
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
              parameters.add(since);
            });
    return where.toString();
  }
}
