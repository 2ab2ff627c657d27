package dev.authdash.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code authdash users unlock NAME}: lifts a username's lock, audited as the CLI. */
@Command(
    name = "unlock",
    mixinStandardHelpOptions = true,
    description = {
      "Lift the lock of a name locked after failed sign-ins.",
      "It can try again at once; the limit per client address stays. Needs",
      "the sessions' store: AUTH_SESSION_STORE=redis and REDIS_URI, or --redis."
    })
final class UsersUnlockCliCommand extends SessionCliCommand {
  @Parameters(paramLabel = "NAME", description = "The username as it was typed.")
  String name;

  @Override
  void executeOnSessions() {
    boolean cleared = core().locks().clearLock(onUser(name));
    print(
        Json.obj("unlocked", Json.obj("username", name.strip(), "wasLocked", cleared)),
        () ->
            out()
                .println(
                    cleared
                        ? "Lifted the lock on '" + name.strip() + "'."
                        : "'" + name.strip() + "' was not locked."));
  }
}
