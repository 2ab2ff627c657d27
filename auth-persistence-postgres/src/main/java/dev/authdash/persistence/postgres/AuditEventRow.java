package dev.authdash.persistence.postgres;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A row of {@code audit_events}. Adapter-private. */
@MappedEntity("audit_events")
record AuditEventRow(
    @Id @GeneratedValue Long id,
    Instant at,
    String type,
    String actor,
    String target,
    String address,
    String detail) {}
