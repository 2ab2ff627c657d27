/**
 * The SQLite adapters of the core's persistence ports: the default store. Every bean here steps
 * aside when {@code auth.db.url} (env {@code AUTH_DB_URL}) selects PostgreSQL.
 */
@Configuration
@Requires(missingProperty = "auth.db.url")
package dev.authdash.persistence.sqlite;

import io.micronaut.context.annotation.Configuration;
import io.micronaut.context.annotation.Requires;
