package dev.authdash.cli;

import picocli.CommandLine.Command;

/** {@code authdash sessions ...}: live sessions, reachable when they are kept in Redis. */
@Command(
    name = "sessions",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "List and revoke live sessions (when they are kept in Redis).",
      "Needs AUTH_SESSION_STORE=redis and REDIS_URI, or --redis: sessions kept in the",
      "dashboard's memory cannot be reached from here (exit code 7)."
    },
    subcommands = {SessionsListCliCommand.class, SessionsRevokeCliCommand.class})
final class SessionsCliCommand {}
