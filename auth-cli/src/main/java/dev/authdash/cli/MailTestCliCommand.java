package dev.authdash.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code authdash mail test ADDRESS}: one mail through the configured server, now. */
@Command(
    name = "test",
    mixinStandardHelpOptions = true,
    description = {
      "Send one test mail to ADDRESS through the configured server, now",
      "(not through the outbox), and print the server's answer."
    })
final class MailTestCliCommand extends CoreCliCommand {
  @Parameters(paramLabel = "ADDRESS", description = "Where to send it.")
  String address;

  @Override
  void execute() {
    String answer = core().mailAdmin().sendTestMail(actor(), address);
    print(
        Json.obj("sent", Json.obj("to", address.strip(), "answer", answer)),
        () -> out().println("Sent a test mail to " + address.strip() + ": " + answer));
  }
}
