package dev.authdash.cli;

import picocli.CommandLine.Command;

/** {@code authdash db ...}: the user database itself. */
@Command(
    name = "db",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "The user database: copy the SQLite file into PostgreSQL.",
    subcommands = {DbCopyCliCommand.class})
final class DbCliCommand {}
