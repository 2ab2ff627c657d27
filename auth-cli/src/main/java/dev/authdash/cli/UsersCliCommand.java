package dev.authdash.cli;

import picocli.CommandLine.Command;

/** {@code authdash users ...}: user administration, as on the admin panel. */
@Command(
    name = "users",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Manage users: list, create, roles, delete, reset links, 2FA.",
    subcommands = {
      UsersListCliCommand.class,
      UsersShowCliCommand.class,
      UsersCreateCliCommand.class,
      UsersPromoteCliCommand.class,
      UsersDemoteCliCommand.class,
      UsersDeleteCliCommand.class,
      UsersResetLinkCliCommand.class,
      UsersSetPasswordCliCommand.class,
      UsersTwoFactorResetCliCommand.class,
      UsersUnlockCliCommand.class,
      UsersSetEmailCliCommand.class,
      UsersExportCliCommand.class
    })
final class UsersCliCommand {}
