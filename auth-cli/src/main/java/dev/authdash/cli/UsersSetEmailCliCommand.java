package dev.authdash.cli;

import dev.authdash.core.port.in.SetEmailCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code authdash users set-email NAME ADDRESS [--verified]}: sets a user's address, no mail. */
@Command(
    name = "set-email",
    mixinStandardHelpOptions = true,
    description = {
      "Set a user's email address, without mail. Unverified unless",
      "--verified: only a verified address gets password-reset mail.",
      "An empty ADDRESS ('') removes it."
    })
final class UsersSetEmailCliCommand extends CoreCliCommand {
  @Parameters(index = "0", paramLabel = "NAME", description = "The username.")
  String name;

  @Parameters(index = "1", paramLabel = "ADDRESS", description = "The address, or ''.")
  String address;

  @Option(names = "--verified", description = "Mark the address as verified.")
  boolean verified;

  @Override
  void execute() {
    core().changeEmail().setEmail(new SetEmailCommand(actor(), name, address, verified, client()));
    String shown = address.isBlank() ? "" : address.strip().toLowerCase(java.util.Locale.ROOT);
    print(
        Json.obj(
            "email",
            Json.obj(
                "username",
                name.strip().toLowerCase(java.util.Locale.ROOT),
                "address",
                shown.isEmpty() ? null : shown,
                "verified",
                !shown.isEmpty() && verified)),
        () ->
            out()
                .println(
                    shown.isEmpty()
                        ? "Removed the email address of '" + name.strip() + "'."
                        : "Set the email address of '"
                            + name.strip()
                            + "' to "
                            + shown
                            + (verified ? " (verified)." : " (not verified).")));
  }
}
