package dev.authdash.persistence.postgres;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;

/** Micronaut Data repository of {@link AuditEventRow}: appends, retention and the total. */
@JdbcRepository(dataSource = PostgresDatabaseFactory.NAME, dialect = Dialect.POSTGRES)
interface AuditEventRowRepository extends GenericRepository<AuditEventRow, Long> {

  @Query(
      "INSERT INTO audit_events (at, type, actor, target, address, detail)"
          + " VALUES (:at, :type, :actor, :target, :address, :detail)")
  void append(Instant at, String type, String actor, String target, String address, String detail);

  @Query("DELETE FROM audit_events WHERE at < :cutoff")
  long deleteBefore(Instant cutoff);

  /** Every event, from the per-process slots that the table's triggers keep. */
  @Query("SELECT coalesce(sum(n), 0) FROM audit_counts")
  long countAll();

  /** The events of one type, from the per-type slots that the table's triggers keep. */
  @Query("SELECT coalesce(sum(n), 0) FROM audit_type_counts WHERE type = :type")
  long countOfType(String type);
}
