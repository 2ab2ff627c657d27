package dev.authdash.cli;

import dev.authdash.core.model.AuditEvent;
import dev.authdash.core.model.AuditEventType;
import dev.authdash.core.model.AuditQuery;
import dev.authdash.core.model.Page;
import dev.authdash.core.model.PageRequest;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code authdash audit}: the audit log, newest first. */
@Command(
    name = "audit",
    mixinStandardHelpOptions = true,
    description = "Read the audit log, newest first.")
final class AuditCliCommand extends CoreCliCommand {
  static final int MAX_LIMIT = PageRequest.MAX_SIZE;

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

  @Option(
      names = "--limit",
      paramLabel = "N",
      defaultValue = "20",
      description = "At most N events, 1 to " + MAX_LIMIT + " (default: ${DEFAULT-VALUE}).")
  int limit;

  @Override
  void execute() {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new CliException(
          ExitCode.USAGE, "--limit must be from 1 to " + MAX_LIMIT + ", not " + limit + ".");
    }
    Optional<Instant> from =
        Optional.ofNullable(since).map(s -> SinceArgument.parse(s, Clock.systemUTC()));
    AuditQuery query =
        new AuditQuery(
            Optional.ofNullable(user).map(String::strip),
            Optional.ofNullable(type).map(AuditEventType::parse),
            from,
            PageRequest.first(limit));
    Page<AuditEvent> events = core().readAuditLog().readAuditLog(actor(), query);
    print(
        Json.obj(
            "events", events.items().stream().map(Views::event).toList(),
            "total", events.total(),
            "limit", limit),
        () -> {
          Table table = Table.withHeader("AT", "TYPE", "ACTOR", "TARGET", "ADDRESS", "DETAIL");
          events
              .items()
              .forEach(
                  e ->
                      table.row(
                          Views.when(e.at()),
                          e.type(),
                          e.actor(),
                          e.target(),
                          e.address(),
                          e.detail()));
          table.print(out());
          out()
              .printf(
                  "%d of %d matching events, newest first%n",
                  events.items().size(), events.total());
        });
  }
}
