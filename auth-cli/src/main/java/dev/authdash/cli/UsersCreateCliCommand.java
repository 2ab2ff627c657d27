package dev.authdash.cli;

import dev.authdash.core.model.Password;
import dev.authdash.core.model.Role;
import dev.authdash.core.model.User;
import dev.authdash.core.policy.PasswordGenerator;
import dev.authdash.core.port.in.CreateUserCommand;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code authdash users create NAME}: a new user under the password policy. */
@Command(
    name = "create",
    mixinStandardHelpOptions = true,
    description = {
      "Create a user.",
      "The password comes from stdin (one line) or is generated and printed once;",
      "it is never taken from the command line."
    })
final class UsersCreateCliCommand extends CoreCliCommand {
  @Parameters(paramLabel = "NAME", description = "3 to 32 letters, digits, '.', '_' or '-'.")
  String name;

  @Option(
      names = "--role",
      paramLabel = "ADMIN|USER",
      defaultValue = "USER",
      description = "The role (default: ${DEFAULT-VALUE}).")
  Role role;

  @ArgGroup(exclusive = true, multiplicity = "1")
  PasswordSource source;

  /** Exactly one of the two ways to give a password. */
  static final class PasswordSource {
    @Option(
        names = "--password-stdin",
        required = true,
        description = "Read the password from the first line of stdin.")
    boolean stdin;

    @Option(
        names = "--generate-password",
        required = true,
        description = "Generate a strong password and print it once.")
    boolean generate;
  }

  @Override
  void execute() {
    Password password =
        source.generate
            ? PasswordGenerator.generatePassword()
            : StdinPassword.read(root().environment(), "--password-stdin");
    User user =
        core()
            .createUser()
            .createUser(new CreateUserCommand(actor(), name, password, role, client()));
    String generated = source.generate ? password.reveal() : null;
    print(
        Json.obj("user", Views.user(user, null), "generatedPassword", generated),
        () -> {
          out().printf("Created user '%s' (%s).%n", user.username(), user.role());
          if (generated != null) {
            out().printf("Generated password, shown this once: %s%n", generated);
          }
        });
  }
}
