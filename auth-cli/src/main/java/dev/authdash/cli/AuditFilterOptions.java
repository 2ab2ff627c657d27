package dev.authdash.cli;

import dev.authdash.core.model.AuditEventType;
import dev.authdash.core.model.AuditQuery;
import dev.authdash.core.model.PageRequest;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The audit log's filters, shared by {@code authdash audit} and {@code authdash audit export}. */
final class AuditFilterOptions {
  @Option(
      names = "--user",
      paramLabel = "NAME",
      description = "Only events where NAME is the actor or the target (e.g. alice, cli:root).")
  String user;

  @Option(
      names = "--since",
      paramLabel = "WHEN",
      description = {
        "Only events at or after WHEN: a date",
        "(2026-01-01, from midnight UTC), a UTC time",
        "(2026-01-01T09:30:00Z), or an age: 30m, 12h, 7d, 2w."
      })
  String since;

  @Option(
      names = "--type",
      paramLabel = "TYPE",
      description = "Only this kind of event, e.g. ROLE_CHANGED.")
  String type;

  AuditQuery query(PageRequest page) {
    Optional<Instant> from =
        Optional.ofNullable(since).map(s -> SinceArgument.parse(s, Clock.systemUTC()));
    return new AuditQuery(
        Optional.ofNullable(user).map(String::strip),
        Optional.ofNullable(type).map(AuditEventType::parse),
        from,
        page);
  }
}
