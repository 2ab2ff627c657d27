package dev.authdash.cli;

import dev.authdash.core.model.Actor;
import dev.authdash.core.model.ClientInfo;
import dev.authdash.persistence.sqlite.SqliteSettings;
import dev.authdash.wiring.SessionStoreSetting;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * {@code authdash}: the root command. Holds the store options every subcommand inherits and opens
 * the stores once, on the first subcommand that needs them.
 */
@Command(
    name = "authdash",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Administer auth-dashboard users, sessions and the audit log from scripts,",
      "under the admin panel's rules: owner, last admin, password policy, audit."
    },
    subcommands = {
      UsersCliCommand.class,
      SessionsCliCommand.class,
      LocksCliCommand.class,
      MailCliCommand.class,
      AuditCliCommand.class,
      InitCliCommand.class,
      DbCliCommand.class,
      CompletionCliCommand.class,
      SecretKeyCliCommand.class
    },
    footerHeading = "%nConfiguration (the same as the dashboard's):%n",
    footer = {
      "  AUTH_DB_PATH        SQLite file (default " + SqliteSettings.DEFAULT_PATH + "); --db wins",
      "  AUTH_DB_URL         PostgreSQL instead, e.g. postgresql://user:pw@host/db",
      "                      (with AUTH_DB_USERNAME, AUTH_DB_PASSWORD); --db wins",
      "  AUTH_SESSION_STORE  "
          + SessionStoreSetting.MEMORY
          + " (default) or "
          + SessionStoreSetting.REDIS
          + "; --redis implies redis",
      "  REDIS_URI           Redis address, e.g. redis://localhost:6379; --redis wins",
      "  Other AUTH_* variables (AUTH_PASSWORD_MIN_LENGTH, AUTH_PUBLIC_URL ...)",
      "  work as for the dashboard.",
      "Acts are audited with the actor cli:<OS user>."
    })
final class AuthdashCliCommand implements AutoCloseable {
  private final CliEnvironment environment;
  private CliRuntime runtime;

  @Option(
      names = "--db",
      paramLabel = "FILE",
      scope = ScopeType.INHERIT,
      description = {
        "The SQLite database file",
        "(default: $AUTH_DB_PATH, else " + SqliteSettings.DEFAULT_PATH + ")."
      })
  Path db;

  @Option(
      names = "--redis",
      paramLabel = "URI",
      scope = ScopeType.INHERIT,
      description = {
        "Sessions in this Redis, e.g. redis://localhost:6379",
        "(default: $REDIS_URI when AUTH_SESSION_STORE=redis)."
      })
  String redis;

  AuthdashCliCommand(CliEnvironment environment) {
    this.environment = environment;
  }

  CliEnvironment environment() {
    return environment;
  }

  /** The stores, opened on first use; a missing database file is refused. */
  CliRuntime runtime() {
    return runtime(false);
  }

  /** The stores, opened on first use; {@code init} passes true to create the database. */
  CliRuntime runtime(boolean createDatabase) {
    if (runtime == null) {
      runtime = CliRuntime.open(settings(), createDatabase);
    }
    return runtime;
  }

  CliSettings settings() {
    return CliSettings.resolve(environment.variables(), db, redis);
  }

  Actor actor() {
    return Actor.operator("cli:" + environment.osUser());
  }

  ClientInfo client() {
    return ClientInfo.of("local", "authdash/" + VersionProvider.version());
  }

  @Override
  public void close() {
    if (runtime != null) {
      runtime.close();
      runtime = null;
    }
  }
}
