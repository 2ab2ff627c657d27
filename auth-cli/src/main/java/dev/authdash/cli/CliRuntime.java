package dev.authdash.cli;

import dev.authdash.core.AuthCore;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.PropertySource;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The stores and the core for one invocation: a Micronaut bean context (no HTTP server) in which
 * the SQLite and Redis modules contribute their adapter beans, exactly as in the dashboard, and
 * auth-wiring's {@code CoreWiring} builds the {@link AuthCore} over them, as in the dashboard.
 * Closed when the command ends.
 */
final class CliRuntime implements AutoCloseable {
  private final ApplicationContext context;
  private final AuthCore core;
  private final CliSettings settings;

  private CliRuntime(ApplicationContext context, CliSettings settings) {
    this.context = context;
    this.settings = settings;
    this.core = context.getBean(AuthCore.class);
  }

  /**
   * Starts the context over the settings' stores.
   *
   * @param createDatabase true for {@code init}: the database file may be missing and is made;
   *     every other command refuses a missing file rather than silently starting an empty database
   */
  static CliRuntime open(CliSettings settings, boolean createDatabase) {
    Path db = settings.dbPath().toAbsolutePath();
    boolean onPostgres = settings.dbUrl().isPresent(); // the server holds it; schema on first use
    if (createDatabase && !onPostgres) {
      checkParentCanBeMade(db);
    } else if (!onPostgres && !Files.isRegularFile(db)) {
      throw new CliException(
          ExitCode.STORE_UNAVAILABLE,
          "No database at "
              + db
              + ". Run 'authdash init' to create it, or point --db or AUTH_DB_PATH at the"
              + " dashboard's.");
    }
    ApplicationContext context =
        ApplicationContext.builder()
            .deduceEnvironment(false)
            .deduceCloudEnvironment(false)
            .environmentPropertySource(false)
            .banner(false)
            .propertySources(
                PropertySource.of(
                    "authdash-environment",
                    settings.passThrough(),
                    PropertySource.PropertyConvention.ENVIRONMENT_VARIABLE))
            .properties(settings.properties())
            .start();
    try {
      return new CliRuntime(context, settings);
    } catch (RuntimeException e) {
      context.close();
      throw e;
    }
  }

  /** Where the secret key that encrypts two-factor keys came from (variable or key file). */
  dev.authdash.wiring.SecretKeys.Source secretKey() {
    return context.getBean(dev.authdash.wiring.SecretKeys.Source.class);
  }

  /**
   * Refuses early, with a clear message, a database whose folders cannot be made; the SQLite
   * adapter makes them (private to this account) when it opens the file.
   */
  private static void checkParentCanBeMade(Path db) {
    Path parent = db.getParent();
    if (parent == null || Files.isDirectory(parent)) {
      return;
    }
    Path existing = parent;
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing == null || !Files.isDirectory(existing) || !Files.isWritable(existing)) {
      throw new CliException(
          ExitCode.STORE_UNAVAILABLE,
          "Cannot create the directory "
              + parent
              + " for the database ("
              + existing
              + " is not a writable directory)");
    }
  }

  AuthCore core() {
    return core;
  }

  CliSettings settings() {
    return settings;
  }

  /** False when sessions live in the memory of another process (the dashboard). */
  boolean sessionsReachable() {
    return settings.redisSessions();
  }

  @Override
  public void close() {
    context.close();
  }
}
