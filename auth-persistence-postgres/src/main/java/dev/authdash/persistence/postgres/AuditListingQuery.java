package dev.authdash.persistence.postgres;

import dev.authdash.core.model.AuditQuery;
import java.util.ArrayList;
import java.util.List;

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
