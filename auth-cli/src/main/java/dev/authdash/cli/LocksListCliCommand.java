package dev.authdash.cli;

import dev.authdash.core.model.LockedName;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;

/** {@code authdash locks list}: the usernames locked now, the latest to lift first. */
@Command(
    name = "list",
    mixinStandardHelpOptions = true,
    description = {
      "List the usernames locked now, the latest to lift first: until when,",
      "the lock level, failed sign-ins in 24 hours and their last address."
    })
final class LocksListCliCommand extends SessionCliCommand {
  @Override
  void executeOnSessions() {
    List<LockedName> locks = core().locks().lockedNow(actor());
    Table table = Table.withHeader("USER", "LOCKED UNTIL", "LEVEL", "FAILURES 24H", "LAST ADDRESS");
    List<Map<String, Object>> rows =
        locks.stream()
            .map(
                l -> {
                  table.row(
                      l.username(),
                      Views.when(l.until()),
                      l.level(),
                      l.failures(),
                      l.lastAddress());
                  return Json.obj(
                      "username",
                      l.username(),
                      "until",
                      l.until().toString(),
                      "level",
                      l.level(),
                      "failures24h",
                      l.failures(),
                      "lastAddress",
                      l.lastAddress());
                })
            .toList();
    print(
        Json.obj("locks", rows),
        () -> {
          if (rows.isEmpty()) {
            out().println("No username is locked.");
          } else {
            table.print(out());
          }
        });
  }
}
