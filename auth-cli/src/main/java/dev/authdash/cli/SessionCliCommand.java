package dev.authdash.cli;

import dev.authdash.core.model.Page;
import dev.authdash.core.model.PageRequest;
import dev.authdash.core.model.UserListing;
import dev.authdash.core.model.UserQuery;
import java.util.ArrayList;
import java.util.List;

/** A sessions command: refuses at once when sessions are in another process's memory. */
abstract class SessionCliCommand extends CoreCliCommand {

  @Override
  final void execute() {
    if (!root().settings().redisSessions()) {
      throw new CliException(
          ExitCode.SESSIONS_UNREACHABLE,
          "Sessions are kept in the memory of the dashboard process (AUTH_SESSION_STORE=memory),"
              + " which the CLI cannot reach. Run both with AUTH_SESSION_STORE=redis and REDIS_URI"
              + " to manage sessions here. Deleting or demoting a user still takes effect on its"
              + " next request.");
    }
    executeOnSessions();
  }

  abstract void executeOnSessions();

  /** Every user that has at least one live session, by username. */
  final List<UserListing> usersWithSessions() {
    List<UserListing> found = new ArrayList<>();
    int page = 1;
    Page<UserListing> current;
    do {
      current =
          core()
              .listUsers()
              .listUsers(actor(), UserQuery.all(new PageRequest(page, PageRequest.MAX_SIZE)));
      current.items().stream().filter(l -> l.activeSessions() > 0).forEach(found::add);
      page++;
    } while (current.hasNext());
    return found;
  }
}
