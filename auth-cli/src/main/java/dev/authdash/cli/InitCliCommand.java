package dev.authdash.cli;

import dev.authdash.core.model.FirstAdmin;
import dev.authdash.core.model.Password;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code authdash init}: create the database and the protected owner, on an empty store only. */
@Command(
    name = "init",
    mixinStandardHelpOptions = true,
    description = {
      "Create the database and the owner 'admin', its first admin.",
      "Its password is generated and printed once,",
      "or read from stdin with --admin-password-stdin.",
      "Refused (exit code 4) when the database already has users."
    })
final class InitCliCommand extends CoreCliCommand {
  @Option(
      names = "--admin-password-stdin",
      description = "Read the owner's password from the first line of stdin.")
  boolean passwordStdin;

  @Override
  void execute() {
    Optional<Password> chosen =
        passwordStdin
            ? Optional.of(StdinPassword.read(root().environment(), "--admin-password-stdin"))
            : Optional.empty();
    Path db = root().settings().dbPath().toAbsolutePath();
    FirstAdmin admin =
        root()
            .runtime(true)
            .core()
            .bootstrapAdmin()
            .ensureFirstAdmin(chosen, actor())
            .orElseThrow(
                () ->
                    new CliException(
                        ExitCode.CONFLICT,
                        "The database at " + db + " already has users; init changed nothing."));
    String generated = admin.generatedPassword().map(Password::reveal).orElse(null);
    print(
        Json.obj(
            "database", db.toString(),
            "user", Views.user(admin.user(), null),
            "generatedPassword", generated),
        () -> {
          out().printf("Created the database at %s%n", db);
          out()
              .printf(
                  "and the owner '%s' (ADMIN, cannot be demoted or deleted).%n",
                  admin.user().username());
          if (generated != null) {
            out().printf("Its password, shown this once: %s%n", generated);
          } else {
            out().println("Its password is the one read from stdin.");
          }
        });
  }
}
