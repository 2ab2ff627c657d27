package dev.authdash.cli;

import dev.authdash.core.model.Session;
import dev.authdash.core.model.Username;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code authdash sessions list [NAME]}: live sessions of one user or of everyone. */
@Command(
    name = "list",
    mixinStandardHelpOptions = true,
    description = "List live sessions of NAME, or of every user, oldest first per user.")
final class SessionsListCliCommand extends SessionCliCommand {
  @Parameters(arity = "0..1", paramLabel = "NAME", description = "Only this user's sessions.")
  String name;

  @Override
  void executeOnSessions() {
    List<String> names =
        name != null
            ? List.of(name)
            : usersWithSessions().stream().map(l -> l.user().username().value()).toList();
    List<Map<String, Object>> rows = new ArrayList<>();
    Table table =
        Table.withHeader(
            "USER", "HANDLE", "CREATED", "LAST SEEN", "EXPIRES", "ADDRESS", "USER AGENT");
    for (String username : names) {
      for (Session session : core().listSessions().listSessions(actor(), username)) {
        String shown = Username.of(username).value();
        rows.add(Views.session(shown, session));
        table.row(
            shown,
            session.handle(),
            Views.when(session.createdAt()),
            Views.when(session.lastSeenAt()),
            Views.when(session.expiresAt()),
            session.address(),
            session.userAgent());
      }
    }
    print(
        Json.obj("sessions", rows),
        () -> {
          if (rows.isEmpty()) {
            out().println("No live sessions.");
          } else {
            table.print(out());
          }
        });
  }
}
