package dev.authdash.cli;

import dev.authdash.core.model.Page;
import dev.authdash.core.model.PageRequest;
import dev.authdash.core.model.Role;
import dev.authdash.core.model.UserListing;
import dev.authdash.core.model.UserQuery;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code authdash users list}: one page of users, ordered by username. */
@Command(
    name = "list",
    mixinStandardHelpOptions = true,
    description = "List users, ordered by username, one page at a time.")
final class UsersListCliCommand extends CoreCliCommand {
  @Option(names = "--search", paramLabel = "TEXT", description = "Only usernames containing TEXT.")
  String search;

  @Option(names = "--role", paramLabel = "ADMIN|USER", description = "Only users with this role.")
  Role role;

  @Option(names = "--page", paramLabel = "N", defaultValue = "1", description = "Page (from 1).")
  int page;

  @Option(
      names = "--page-size",
      paramLabel = "N",
      defaultValue = "20",
      description = "Users per page, 1 to 100 (default: ${DEFAULT-VALUE}).")
  int pageSize;

  @Override
  void execute() {
    UserQuery query =
        new UserQuery(
            Optional.ofNullable(search),
            Optional.ofNullable(role),
            new PageRequest(page, pageSize));
    Page<UserListing> result = core().listUsers().listUsers(actor(), query);
    boolean counted = runtime().sessionsReachable();
    print(
        Json.obj(
            "users",
                result.items().stream()
                    .map(l -> Views.user(l.user(), counted ? l.activeSessions() : null))
                    .toList(),
            "page", page,
            "pageSize", pageSize,
            "total", result.total(),
            "totalPages", result.totalPages()),
        () -> {
          Table table =
              Table.withHeader("USERNAME", "ROLE", "OWNER", "SESSIONS", "CREATED", "LAST LOGIN");
          for (UserListing listing : result.items()) {
            table.row(
                listing.user().username(),
                listing.user().role(),
                Views.yesNo(listing.user().owner()),
                counted ? listing.activeSessions() : null,
                Views.when(listing.user().createdAt()),
                Views.lastLogin(listing.user()));
          }
          table.print(out());
          out()
              .printf(
                  "Page %d of %d (%d user%s)%s%n",
                  page,
                  result.totalPages(),
                  result.total(),
                  result.total() == 1 ? "" : "s",
                  counted ? "" : "; sessions are in the dashboard's memory, not counted here");
        });
  }
}
