package dev.authdash.cli;

import dev.authdash.core.model.SessionHandle;
import dev.authdash.core.model.UserListing;
import dev.authdash.core.model.Username;
import dev.authdash.core.port.in.RevokeSessionCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code authdash sessions revoke NAME [--handle H]} or {@code --all --yes}: sign users out; with
 * Redis the dashboard sees it on the very next request.
 */
@Command(
    name = "revoke",
    mixinStandardHelpOptions = true,
    description = {
      "Sign NAME out everywhere (or end one session with --handle),",
      "or sign every user out with --all --yes."
    })
final class SessionsRevokeCliCommand extends SessionCliCommand {
  @Parameters(arity = "0..1", paramLabel = "NAME", description = "The user to sign out.")
  String name;

  @Option(names = "--handle", paramLabel = "HANDLE", description = "End only this session.")
  String handle;

  @Option(names = "--all", description = "Every user's sessions (needs --yes).")
  boolean all;

  @Option(names = "--yes", description = "Confirm --all.")
  boolean yes;

  @Override
  void executeOnSessions() {
    if (all == (name != null)) {
      throw new CliException(ExitCode.USAGE, "Give either a username or --all (with --yes).");
    }
    if (all) {
      revokeEveryone();
    } else if (handle != null) {
      core()
          .revokeSessions()
          .revokeSession(
              new RevokeSessionCommand(actor(), name, new SessionHandle(handle), client()));
      report("session", Username.of(name).value(), 1);
    } else {
      int ended = core().revokeSessions().revokeAllSessions(onUser(name));
      report("user", Username.of(name).value(), ended);
    }
  }

  private void revokeEveryone() {
    if (handle != null) {
      throw new CliException(ExitCode.USAGE, "--handle goes with a username, not with --all.");
    }
    requireYes(yes, "Signing every user out");
    int ended = 0;
    for (UserListing listing : usersWithSessions()) {
      ended += core().revokeSessions().revokeAllSessions(onUser(listing.user().username().value()));
    }
    report("all", null, ended);
  }

  private void report(String scope, String username, int ended) {
    print(
        Json.obj(
            "revoked",
            Json.obj("scope", scope, "username", username, "handle", handle, "count", ended)),
        () ->
            out()
                .printf(
                    "Revoked %d session%s%s.%n",
                    ended,
                    ended == 1 ? "" : "s",
                    username == null ? " of every user" : " of '" + username + "'"));
  }
}
