package dev.authdash.cli;

import dev.authdash.core.model.OutboxMail;
import java.util.List;
import picocli.CommandLine.Command;

/** {@code authdash mail outbox [--json]}: mails waiting to be sent, and failed ones. */
@Command(
    name = "outbox",
    mixinStandardHelpOptions = true,
    description = {
      "List the mails waiting to be sent (with their attempts and last",
      "error) and the failed ones (given up after 24 hours), oldest first."
    })
final class MailOutboxCliCommand extends CoreCliCommand {
  private static final int MAX = 100;

  @Override
  void execute() {
    List<OutboxMail> mails = core().mailAdmin().outbox(actor(), MAX);
    print(
        Json.obj(
            "mails",
            mails.stream()
                .map(
                    m ->
                        Json.obj(
                            "id", m.id().toString(),
                            "to", m.to().value(),
                            "kind", m.kind(),
                            "state", m.state(),
                            "createdAt", m.createdAt(),
                            "nextAttemptAt", m.nextAttemptAt(),
                            "attempts", m.attempts(),
                            "lastError", m.lastError()))
                .toList()),
        () -> {
          if (mails.isEmpty()) {
            out().println("The outbox is empty.");
            return;
          }
          Table table =
              Table.withHeader("STATE", "TO", "KIND", "CREATED", "ATTEMPTS", "NEXT", "LAST ERROR");
          for (OutboxMail m : mails) {
            table.row(
                m.state(),
                m.to(),
                m.kind(),
                Views.when(m.createdAt()),
                m.attempts(),
                m.state() == OutboxMail.State.PENDING ? Views.when(m.nextAttemptAt()) : "-",
                m.lastError());
          }
          table.print(out());
        });
  }
}
