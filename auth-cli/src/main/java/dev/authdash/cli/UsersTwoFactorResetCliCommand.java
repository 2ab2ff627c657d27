package dev.authdash.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code authdash users 2fa-reset NAME}: remove a user's second factor, as an admin would. */
@Command(
    name = "2fa-reset",
    mixinStandardHelpOptions = true,
    description = {
      "Reset a user's two-factor sign-in.",
      "For someone who lost their authenticator app and recovery codes: their password alone"
          + " signs them in until they enrol again. Audited as MFA_RESET."
    })
final class UsersTwoFactorResetCliCommand extends CoreCliCommand {
  @Parameters(paramLabel = "NAME", description = "The username.")
  String name;

  @Override
  void execute() {
    boolean reset = core().resetSecondFactor().reset(onUser(name));
    print(
        Json.obj("username", name, "reset", reset),
        () ->
            out()
                .printf(
                    reset
                        ? "Two-factor sign-in of '%s' is reset: the password alone signs in until"
                            + " they enrol again.%n"
                        : "'%s' has no two-factor sign-in; nothing changed.%n",
                    name));
  }
}
