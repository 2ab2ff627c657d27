package dev.authdash.persistence.sqlite;

import dev.authdash.core.model.AuditCursor;
import dev.authdash.core.model.AuditEvent;
import dev.authdash.core.model.AuditEventType;
import dev.authdash.core.model.AuditQuery;
import dev.authdash.core.model.Batch;
import dev.authdash.core.model.Page;
import dev.authdash.core.policy.AuditRetention;
import dev.authdash.core.port.out.AuditLog;
import io.micronaut.context.annotation.Property;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * SQLite adapter of {@link AuditLog}: events in the {@code audit_events} table of the file.
 *
 * <p>Events older than {@code auth.audit.retention} (a duration such as {@code 90d}; {@value
 * AuditRetention#DEFAULT} unless set; {@code 0} keeps everything) are pruned on the first append
 * after start and then on an append at most once per {@link #PRUNE_INTERVAL}: no scheduler thread,
 * and a process that records nothing prunes nothing.
 */
@Singleton
public final class SqliteAuditLog implements AuditLog {
  static final Duration PRUNE_INTERVAL = Duration.ofHours(1);
  private static final Logger LOG = LoggerFactory.getLogger(SqliteAuditLog.class);

  private final SqliteStore store;
  private final AuditEventRowRepository rows;
  private final JdbcOperations jdbc;
  private final Duration retention;
  private final Clock clock;
  private Instant nextPrune = Instant.MIN;

  SqliteAuditLog(
      SqliteStore store,
      AuditEventRowRepository rows,
      @Named(SqliteDatabaseFactory.NAME) JdbcOperations jdbc,
      @Nullable @Property(name = AuditRetention.PROPERTY) String retention,
      @Nullable Clock clock) {
    this.store = store;
    this.rows = rows;
    this.jdbc = jdbc;
    this.retention = AuditRetention.parse(retention).orElse(null);
    this.clock = clock == null ? Clock.systemUTC() : clock;
  }

  @Override
  public void append(AuditEvent event) {
    store.call(
        "append audit event",
        () -> {
          rows.append(
              Micros.of(event.at()),
              event.type().name(),
              event.actor(),
              event.target(),
              event.address(),
              event.detail());
          return null;
        });
    pruneWhenDue();
  }

  @Override
  public Page<AuditEvent> find(AuditQuery query) {
    return store.call(
        "find audit events",
        () -> {
          AuditListingQuery count = AuditListingQuery.count(query);
          long total =
              jdbc.prepareStatement(
                  count.sql(),
                  statement -> {
                    SqliteUserRepository.bind(statement, count.parameters());
                    try (ResultSet result = statement.executeQuery()) {
                      return result.next() ? result.getLong(1) : 0L;
                    }
                  });
          if (total == 0 || query.page().offset() >= total) {
            return new Page<AuditEvent>(List.of(), query.page(), total);
          }
          AuditListingQuery page = AuditListingQuery.page(query);
          List<AuditEvent> events =
              jdbc.prepareStatement(
                  page.sql(),
                  statement -> {
                    SqliteUserRepository.bind(statement, page.parameters());
                    List<AuditEvent> found = new ArrayList<>();
                    try (ResultSet result = statement.executeQuery()) {
                      while (result.next()) {
                        found.add(toEvent(jdbc.readEntity(result, AuditEventRow.class)));
                      }
                    }
                    return found;
                  });
          return new Page<>(events, query.page(), total);
        });
  }

  @Override
  public Batch<AuditEvent, AuditCursor> findAfter(
      AuditQuery query, Optional<AuditCursor> after, int limit) {
    AuditListingQuery walk = AuditListingQuery.after(query, after, Batch.requireLimit(limit));
    List<AuditEventRow> batch =
        store.query(
            jdbc,
            "walk audit events",
            walk.sql(),
            statement -> SqliteUserRepository.bind(statement, walk.parameters()),
            row -> jdbc.readEntity(row, AuditEventRow.class));
    AuditEventRow last = batch.isEmpty() ? null : batch.get(batch.size() - 1);
    return Batch.of(
        batch.stream().map(SqliteAuditLog::toEvent).toList(),
        limit,
        last == null ? null : new AuditCursor(Micros.toInstant(last.at()), last.id()));
  }

  @Override
  public long pruneBefore(Instant cutoff) {
    return store.call("prune audit events", () -> rows.deleteBefore(Micros.of(cutoff)));
  }

  /** Prunes by the retention when it is set and the last prune is older than the interval. */
  private void pruneWhenDue() {
    if (retention == null) {
      return;
    }
    Instant now = clock.instant();
    synchronized (this) {
      if (now.isBefore(nextPrune)) {
        return;
      }
      nextPrune = now.plus(PRUNE_INTERVAL);
    }
    long removed = pruneBefore(now.minus(retention));
    if (removed > 0) {
      LOG.info("Pruned {} audit event(s) older than {}", removed, retention);
    }
  }

  private static AuditEvent toEvent(AuditEventRow row) {
    return new AuditEvent(
        Micros.toInstant(row.at()),
        AuditEventType.valueOf(row.type()),
        row.actor(),
        row.target(),
        row.address(),
        row.detail());
  }
}
