package dev.authdash.persistence.postgres;

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
 * PostgreSQL adapter of {@link AuditLog}: events in the {@code audit_events} table.
 *
 * <p>Events older than {@code auth.audit.retention} ({@link AuditRetention}: 400 days unless set,
 * {@code 0} keeps everything) are pruned on the first append after start and then on an append at
 * most once per {@link #PRUNE_INTERVAL}, as the SQLite adapter does (several dashboards each prune;
 * a prune that finds nothing costs one index probe).
 */
@Singleton
public final class PostgresAuditLog implements AuditLog {
  static final Duration PRUNE_INTERVAL = Duration.ofHours(1);
  private static final Logger LOG = LoggerFactory.getLogger(PostgresAuditLog.class);

  private final PostgresStore store;
  private final AuditEventRowRepository rows;
  private final JdbcOperations jdbc;
  private final Duration retention;
  private final Clock clock;
  private Instant nextPrune = Instant.MIN;

  PostgresAuditLog(
      PostgresStore store,
      AuditEventRowRepository rows,
      @Named(PostgresDatabaseFactory.NAME) JdbcOperations jdbc,
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
              Timestamps.of(event.at()),
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
          long total;
          if (AuditListingQuery.isUnfiltered(query)) {
            total = rows.countAll();
          } else if (AuditListingQuery.isTypeOnly(query)) {
            total = rows.countOfType(query.type().orElseThrow().name());
          } else {
            total = count(AuditListingQuery.count(query));
          }
          if (total == 0 || query.page().offset() >= total) {
            return new Page<AuditEvent>(List.of(), query.page(), total);
          }
          AuditListingQuery page = AuditListingQuery.page(query);
          List<AuditEvent> events =
              jdbc.prepareStatement(
                  page.sql(),
                  statement -> {
                    Statements.bind(statement, page.parameters());
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
            statement -> Statements.bind(statement, walk.parameters()),
            row -> jdbc.readEntity(row, AuditEventRow.class));
    AuditEventRow last = batch.isEmpty() ? null : batch.get(batch.size() - 1);
    return Batch.of(
        batch.stream().map(PostgresAuditLog::toEvent).toList(),
        limit,
        last == null ? null : new AuditCursor(last.at(), last.id()));
  }

  @Override
  public long pruneBefore(Instant cutoff) {
    return store.call("prune audit events", () -> rows.deleteBefore(Timestamps.of(cutoff)));
  }

  private long count(AuditListingQuery query) {
    return Statements.count(jdbc, query.sql(), query.parameters());
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
        row.at(),
        AuditEventType.valueOf(row.type()),
        row.actor(),
        row.target(),
        row.address(),
        row.detail());
  }
}
