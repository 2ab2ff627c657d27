package dev.authdash.cli;

import dev.authdash.core.model.Username;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code authdash users delete NAME --yes}: delete a user; its sessions die at once. */
@Command(
    name = "delete",
    mixinStandardHelpOptions = true,
    description = {
      "Delete a user (not the owner or the last admin). Needs --yes.",
      "Its sessions end at once: the dashboard finds no user behind them",
      "on their next request."
    })
final class UsersDeleteCliCommand extends CoreCliCommand {
  @Parameters(paramLabel = "NAME", description = "The username.")
  String name;

  @Option(names = "--yes", description = "Confirm: deletion cannot be undone.")
  boolean yes;

  @Override
  void execute() {
    requireYes(yes, "Deleting user '" + name + "'");
    core().deleteUser().deleteUser(onUser(name));
    print(
        Json.obj("deleted", Json.obj("username", Username.of(name).value())),
        () -> out().printf("Deleted user '%s'.%n", name));
  }
}
