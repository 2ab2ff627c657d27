package dev.authdash.cli;

import picocli.CommandLine.Command;

/** {@code authdash locks}: usernames locked after failed sign-ins. */
@Command(
    name = "locks",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "List the usernames locked after repeated failed sign-ins.",
      "Locks are kept with the sessions: needs AUTH_SESSION_STORE=redis and",
      "REDIS_URI, or --redis (exit code 7 otherwise). Lift one with",
      "'authdash users unlock NAME'."
    },
    subcommands = {LocksListCliCommand.class})
final class LocksCliCommand {}
