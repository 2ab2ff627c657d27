/**
 * The PostgreSQL adapters of the core's persistence ports. Every bean here exists only when {@code
 * auth.db.url} (env {@code AUTH_DB_URL}) is set; the SQLite package steps aside in that case.
 */
@Configuration
@Requires(property = PostgresSettings.URL_PROPERTY)
package dev.authdash.persistence.postgres;

import io.micronaut.context.annotation.Configuration;
import io.micronaut.context.annotation.Requires;
