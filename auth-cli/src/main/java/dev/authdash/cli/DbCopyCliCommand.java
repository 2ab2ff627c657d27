package dev.authdash.cli;

import dev.authdash.persistence.postgres.PostgresSettings;
import dev.authdash.persistence.postgres.SqliteCopy;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code authdash db copy --to URL}: the way out of SQLite. Copies the users (with their password
 * hashes), the audit log and the live reset links of the SQLite file ({@code --db} or {@code
 * AUTH_DB_PATH}) into a PostgreSQL database, in batches, with a progress bar on stderr.
 */
@Command(
    name = "copy",
    mixinStandardHelpOptions = true,
    description = {
      "Copy users, audit events and reset links into PostgreSQL.",
      "Users keep their password hashes; the source is the SQLite file (--db, else",
      "$AUTH_DB_PATH); only live reset links are copied.",
      "Safe to run again after an interruption: it resumes after its last batch.",
      "A target that already has users is refused unless --merge is given."
    })
final class DbCopyCliCommand extends CoreCliCommand {
  private static final int BAR = 30;

  @Option(
      names = "--to",
      required = true,
      paramLabel = "URL",
      description = {
        "The PostgreSQL database: postgresql://user:pw@host/db",
        "or jdbc:postgresql:... (AUTH_DB_USERNAME and",
        "AUTH_DB_PASSWORD, when set, win over the URL's)."
      })
  String to;

  @Option(
      names = "--merge",
      description = {
        "Copy into a database that already has users: users",
        "it lacks are added, users with a name it already has",
        "are skipped and reported, audit events are appended."
      })
  boolean merge;

  @Override
  void execute() {
    Path source = root().settings().dbPath();
    Map<String, String> env = root().environment().variables();
    PostgresSettings target;
    try {
      target =
          PostgresSettings.of(
              to,
              env.get("AUTH_DB_USERNAME"),
              env.get("AUTH_DB_PASSWORD"),
              1,
              Duration.ofSeconds(5),
              Duration.ZERO);
    } catch (IllegalArgumentException e) {
      throw new CliException(ExitCode.USAGE, e.getMessage() + ".", e);
    }
    if (!json()) {
      out().printf("Copying %s to %s%n", source.toAbsolutePath(), target.address());
    }
    SqliteCopy.Report report;
    try {
      report =
          new SqliteCopy(source, target)
              .run(merge, json() ? (s, d, t) -> {} : bar(spec.commandLine().getErr()));
    } catch (SqliteCopy.RefusedException e) {
      throw new CliException(ExitCode.CONFLICT, e.getMessage() + " Nothing was copied.", e);
    } catch (SqliteCopy.FailedException e) {
      throw new CliException(
          ExitCode.STORE_UNAVAILABLE,
          "The copy stopped: "
              + e.getMessage()
              + ". Run the same command again to resume after the last batch.",
          e);
    }
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("sourceUsers", report.sourceUsers());
    document.put("usersCopied", report.usersCopied());
    document.put("usersSkipped", report.usersSkipped());
    document.put("sourceUsersMissing", report.sourceUsersMissing());
    document.put("sourceEvents", report.sourceEvents());
    document.put("eventsCopied", report.eventsCopied());
    document.put("liveResetLinks", report.liveResets());
    document.put("resetLinksCopied", report.resetsCopied());
    document.put("secondFactorsCopied", report.secondFactorsCopied());
    document.put("passkeysCopied", report.passkeysCopied());
    document.put("targetUsers", report.targetUsers());
    document.put("resumed", report.resumed());
    document.put("countsMatch", report.countsMatch());
    print(
        document,
        () -> {
          out()
              .printf(
                  "Users: %,d in the source, %,d copied now, %,d already there or skipped;"
                      + " the target has %,d.%n",
                  report.sourceUsers(),
                  report.usersCopied(),
                  report.usersSkipped(),
                  report.targetUsers());
          if (report.sourceUsersMissing() > 0) {
            out()
                .printf(
                    "%,d source users are not in the target: their names belong to other users"
                        + " there (merge).%n",
                    report.sourceUsersMissing());
          }
          out()
              .printf(
                  "Audit events: %,d in the source, %,d copied now.%n",
                  report.sourceEvents(), report.eventsCopied());
          out()
              .printf(
                  "Reset links: %,d live, %,d copied.%n",
                  report.liveResets(), report.resetsCopied());
          if (report.secondFactorsCopied() > 0) {
            out()
                .printf(
                    "Two-factor keys: %,d copied, still encrypted under this database's secret"
                        + " key: give the dashboards its contents as AUTH_SECRET_KEY.%n",
                    report.secondFactorsCopied());
          }
          if (report.passkeysCopied() > 0) {
            out().printf("Passkeys: %,d copied.%n", report.passkeysCopied());
          }
          if (report.countsMatch()) {
            out().println("Counts checked: they match.");
          }
        });
    if (!report.countsMatch()) {
      throw new CliException(
          ExitCode.FAILURE,
          "The counts do not match after the copy (see above); run it again to resume.");
    }
  }

  /** A one-line progress bar per stage, redrawn in place on stderr. */
  private static SqliteCopy.Progress bar(PrintWriter err) {
    return (stage, done, total) -> {
      int filled = total == 0 ? BAR : (int) (BAR * done / total);
      long percent = total == 0 ? 100 : 100 * done / total;
      err.printf(
          "\r  %-13s [%s%s] %3d%%  %,d / %,d",
          stage, "#".repeat(filled), "-".repeat(BAR - filled), percent, done, total);
      if (done >= total) {
        err.println();
      }
      err.flush();
    };
  }
}
