package dev.authdash.cli;

import dev.authdash.core.model.AuditEvent;
import dev.authdash.core.model.Page;
import dev.authdash.core.model.PageRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code authdash audit}: the audit log, newest first. */
@Command(
    name = "audit",
    mixinStandardHelpOptions = true,
    subcommands = AuditExportCliCommand.class,
    description = "Read the audit log, newest first.")
final class AuditCliCommand extends CoreCliCommand {
  static final int MAX_LIMIT = PageRequest.MAX_SIZE;

  @Mixin AuditFilterOptions filter;

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
    Page<AuditEvent> events =
        core().readAuditLog().readAuditLog(actor(), filter.query(PageRequest.first(limit)));
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
