package dev.authdash.cli;

import dev.authdash.core.model.Role;
import dev.authdash.core.model.User;
import dev.authdash.core.port.in.ChangeRoleCommand;
import picocli.CommandLine.Parameters;

/** Promotion and demotion: the same use case, towards one role. */
abstract class RoleChangeCliCommand extends CoreCliCommand {
  @Parameters(paramLabel = "NAME", description = "The username.")
  String name;

  abstract Role targetRole();

  @Override
  final void execute() {
    Role before = core().findUser().findUser(actor(), name).role();
    User after =
        core()
            .changeRole()
            .changeRole(new ChangeRoleCommand(actor(), name, targetRole(), client()));
    boolean changed = before != after.role();
    print(
        Json.obj("user", Views.user(after, null), "changed", changed),
        () ->
            out()
                .printf(
                    changed ? "'%s' is now %s.%n" : "'%s' is already %s; nothing changed.%n",
                    after.username(),
                    after.role()));
  }
}
