package dev.authdash.cli;

import dev.authdash.core.model.Role;
import picocli.CommandLine.Command;

/** {@code authdash users demote NAME}: make an admin a plain user (not the owner or last admin). */
@Command(
    name = "demote",
    mixinStandardHelpOptions = true,
    description = "Make an admin a USER (refused for the owner and the last admin).")
final class UsersDemoteCliCommand extends RoleChangeCliCommand {
  @Override
  Role targetRole() {
    return Role.USER;
  }
}
