package dev.authdash.cli;

import dev.authdash.core.model.Role;
import picocli.CommandLine.Command;

/** {@code authdash users promote NAME}: make a user an admin. */
@Command(name = "promote", mixinStandardHelpOptions = true, description = "Make a user an ADMIN.")
final class UsersPromoteCliCommand extends RoleChangeCliCommand {
  @Override
  Role targetRole() {
    return Role.ADMIN;
  }
}
