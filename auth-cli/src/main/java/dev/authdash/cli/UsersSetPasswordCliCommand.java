package dev.authdash.cli;

import dev.authdash.core.model.Password;
import dev.authdash.core.port.in.SetPasswordCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code authdash users set-password NAME --password-stdin}: the way back in for an owner who lost
 * their password (or anyone, when a reset link cannot reach them). Audited as the CLI's operator.
 */
@Command(
    name = "set-password",
    mixinStandardHelpOptions = true,
    description = {
      "Set NAME's password, read from the first line of stdin.",
      "Signs out every session of NAME, voids their reset links and clears their lock;",
      "the password is never taken from the command line."
    })
final class UsersSetPasswordCliCommand extends CoreCliCommand {
  @Parameters(paramLabel = "NAME", description = "The username.")
  String name;

  @Option(
      names = "--password-stdin",
      required = true,
      description = "Read the new password from the first line of stdin.")
  boolean stdin;

  @Override
  void execute() {
    Password password = StdinPassword.read(root().environment(), "--password-stdin");
    int ended =
        core().setPassword().setPassword(new SetPasswordCommand(actor(), name, password, client()));
    print(
        Json.obj("passwordSet", Json.obj("username", name, "sessionsEnded", ended)),
        () -> out().printf("Set the password of '%s'; %d session(s) signed out.%n", name, ended));
  }
}
