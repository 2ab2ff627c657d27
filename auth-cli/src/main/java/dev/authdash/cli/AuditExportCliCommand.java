package dev.authdash.cli;

import dev.authdash.core.export.ExportColumns;
import dev.authdash.core.export.ExportFormat;
import dev.authdash.core.model.PageRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code authdash audit export}: every matching event, newest first, as CSV or JSON. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Export matching audit events as CSV or JSON, newest first.",
      "The dashboard's format, the filters of 'authdash audit'.",
      "To stdout, or to --output FILE. Audited as AUDIT_EXPORTED."
    })
final class AuditExportCliCommand extends ExportCliCommand {
  @Mixin AuditFilterOptions filter;

  @Override
  void execute() {
    ExportFormat chosen = format();
    write(
        chosen,
        ExportColumns.AUDIT_EVENTS,
        core()
            .exportAuditLog()
            .exportAuditLog(actor(), filter.query(PageRequest.first(1)), chosen, client()),
        "audit events");
  }
}
