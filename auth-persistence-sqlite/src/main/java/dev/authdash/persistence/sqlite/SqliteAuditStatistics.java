package dev.authdash.persistence.sqlite;

import dev.authdash.core.model.AuditEventType;
import dev.authdash.core.model.HourlyCount;
import dev.authdash.core.port.out.AuditStatistics;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * SQLite adapter of {@link AuditStatistics}: reads {@code audit_hourly_counts}, which triggers keep
 * in step with {@code audit_events} (migration V10), in one range read of its key.
 */
@Singleton
public final class SqliteAuditStatistics implements AuditStatistics {
  private static final long SECONDS_PER_HOUR = Duration.ofHours(1).toSeconds();

  private final SqliteStore store;
  private final JdbcOperations jdbc;

  SqliteAuditStatistics(SqliteStore store, @Named(SqliteDatabaseFactory.NAME) JdbcOperations jdbc) {
    this.store = store;
    this.jdbc = jdbc;
  }

  @Override
  public List<HourlyCount> countsPerHour(Instant from, Instant to, Set<AuditEventType> types) {
    HourlyCount.requireWholeHours(from, to);
    if (types.isEmpty()) {
      return List.of();
    }
    String kinds = String.join(", ", types.stream().map(t -> "?").toList());
    String sql =
        "SELECT hour, type, n FROM audit_hourly_counts WHERE hour >= ? AND hour < ?"
            + " AND type IN ("
            + kinds
            + ") AND n > 0 ORDER BY hour, type";
    return store.call(
        "count audit events per hour",
        () ->
            jdbc.prepareStatement(
                sql,
                statement -> {
                  int i = 1;
                  statement.setLong(i++, from.getEpochSecond() / SECONDS_PER_HOUR);
                  statement.setLong(i++, to.getEpochSecond() / SECONDS_PER_HOUR);
                  for (AuditEventType type : types) {
                    statement.setString(i++, type.name());
                  }
                  List<HourlyCount> counts = new ArrayList<>();
                  try (ResultSet result = statement.executeQuery()) {
                    while (result.next()) {
                      counts.add(
                          new HourlyCount(
                              Instant.ofEpochSecond(result.getLong(1) * SECONDS_PER_HOUR),
                              AuditEventType.valueOf(result.getString(2)),
                              result.getLong(3)));
                    }
                  }
                  return counts;
                }));
  }
}
