package dev.authdash.persistence.postgres;

import dev.authdash.core.model.AuditEventType;
import dev.authdash.core.model.HourlyCount;
import dev.authdash.core.port.out.AuditStatistics;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * PostgreSQL adapter of {@link AuditStatistics}: sums the slots of {@code audit_hourly_counts},
 * which statement-level triggers keep in step with {@code audit_events} (migration V10), in one
 * range read of its key.
 */
@Singleton
public final class PostgresAuditStatistics implements AuditStatistics {
  private static final String SQL =
      "SELECT hour, type, sum(n) FROM audit_hourly_counts"
          + " WHERE hour >= ? AND hour < ? AND type = ANY (?)"
          + " GROUP BY hour, type HAVING sum(n) > 0 ORDER BY hour, type";

  private final PostgresStore store;
  private final JdbcOperations jdbc;

  PostgresAuditStatistics(
      PostgresStore store, @Named(PostgresDatabaseFactory.NAME) JdbcOperations jdbc) {
    this.store = store;
    this.jdbc = jdbc;
  }

  @Override
  public List<HourlyCount> countsPerHour(Instant from, Instant to, Set<AuditEventType> types) {
    HourlyCount.requireWholeHours(from, to);
    if (types.isEmpty()) {
      return List.of();
    }
    return store.call(
        "count audit events per hour",
        () ->
            jdbc.prepareStatement(
                SQL,
                statement -> {
                  statement.setObject(1, Timestamps.parameter(from));
                  statement.setObject(2, Timestamps.parameter(to));
                  statement.setArray(
                      3,
                      statement
                          .getConnection()
                          .createArrayOf("text", types.stream().map(Enum::name).toArray()));
                  List<HourlyCount> counts = new ArrayList<>();
                  try (ResultSet result = statement.executeQuery()) {
                    while (result.next()) {
                      counts.add(
                          new HourlyCount(
                              result.getObject(1, OffsetDateTime.class).toInstant(),
                              AuditEventType.valueOf(result.getString(2)),
                              result.getLong(3)));
                    }
                  }
                  return counts;
                }));
  }
}
