package dev.authdash.persistence.sqlite;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A row of {@code audit_events}; {@code at} is microseconds since the epoch. Adapter-private. */
@MappedEntity("audit_events")
record AuditEventRow(
    @Id @GeneratedValue Long id,
    long at,
    String type,
    String actor,
    String target,
    String address,
    String detail) {}
