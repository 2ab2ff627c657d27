package dev.authdash.persistence.sqlite;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

/** Micronaut Data repository of {@link AuditEventRow}: appends and retention. */
@JdbcRepository(dataSource = SqliteDatabaseFactory.NAME, dialect = Dialect.H2)
interface AuditEventRowRepository extends GenericRepository<AuditEventRow, Long> {

  @Query(
      "INSERT INTO audit_events (at, type, actor, target, address, detail)"
          + " VALUES (:at, :type, :actor, :target, :address, :detail)")
  void append(long at, String type, String actor, String target, String address, String detail);

  @Query("DELETE FROM audit_events WHERE at < :cutoff")
  long deleteBefore(long cutoff);
}
