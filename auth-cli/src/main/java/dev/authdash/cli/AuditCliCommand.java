package dev.authdash.cli;

import dev.authdash.core.model.AuditEvent;
import dev.authdash.core.model.AuditEventType;
import dev.authdash.core.model.AuditQuery;
import dev.authdash.core.model.Page;
import dev.authdash.core.model.PageRequest;
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
  @Option(
      names = "--user",
      paramLabel = "NAME",
      description = "Only events where NAME is the actor or the target (e.g. alice, cli:root).")
  String user;

  @Option(
      names = "--since",
      paramLabel = "INSTANT",
      description = "Only events at or after this UTC instant, e.g. 2026-01-01T00:00:00Z.")
  Instant since;

  @Option(
      names = "--type",
      paramLabel = "TYPE",
      description = "Only events of this kind, e.g. ROLE_CHANGED, user-deleted.")
  String type;

  @Option(
      names = "--limit",
      paramLabel = "N",
      defaultValue = "20",
      description = "At most N events, 1 to 100 (default: ${DEFAULT-VALUE}).")
  int limit;

  @Override
  void execute() {
    AuditQuery query =
        new AuditQuery(
            Optional.ofNullable(user).map(String::strip),
            Optional.ofNullable(type).map(AuditEventType::parse),
            Optional.ofNullable(since),
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
