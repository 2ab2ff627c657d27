package dev.authdash.cli;

import dev.authdash.core.export.ExportColumns;
import dev.authdash.core.export.ExportFormat;
import dev.authdash.core.model.PageRequest;
import dev.authdash.core.model.Role;
import dev.authdash.core.model.UserQuery;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code authdash users export}: every matching user, by username, as CSV or JSON. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Export matching users as CSV or JSON, by username.",
      "The dashboard's format; never a password hash or secret.",
      "To stdout, or to --output FILE. Audited as USERS_EXPORTED."
    })
final class UsersExportCliCommand extends ExportCliCommand {
  @Option(names = "--search", paramLabel = "TEXT", description = "Only usernames containing TEXT.")
  String search;

  @Option(names = "--role", paramLabel = "ADMIN|USER", description = "Only users with this role.")
  Role role;

  @Override
  void execute() {
    ExportFormat chosen = format();
    UserQuery filter =
        new UserQuery(Optional.ofNullable(search), Optional.ofNullable(role), PageRequest.first(1));
    write(
        chosen,
        ExportColumns.USERS,
        core().exportUsers().exportUsers(actor(), filter, chosen, client()),
        "users");
  }
}
