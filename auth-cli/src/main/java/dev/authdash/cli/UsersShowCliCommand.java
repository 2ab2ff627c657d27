package dev.authdash.cli;

import dev.authdash.core.model.SecondFactorStatus;
import dev.authdash.core.model.User;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code authdash users show NAME}: one user's details. */
@Command(name = "show", mixinStandardHelpOptions = true, description = "Show one user.")
final class UsersShowCliCommand extends CoreCliCommand {
  @Parameters(paramLabel = "NAME", description = "The username.")
  String name;

  @Override
  void execute() {
    User user = core().findUser().findUser(actor(), name);
    Integer sessions =
        runtime().sessionsReachable()
            ? core().listSessions().listSessions(actor(), name).size()
            : null;
    SecondFactorStatus twoFactor = core().secondFactorStatus().status(actor(), name);
    print(
        Json.obj(
            "user",
            Views.user(user, sessions),
            "email",
            user.emailIfAny()
                .map(
                    e ->
                        Json.obj(
                            "address",
                            e.address().value(),
                            "verified",
                            e.isVerified(),
                            "verifiedAt",
                            e.verifiedAt()))
                .orElse(null),
            "twoFactor",
            Json.obj(
                "enabled",
                twoFactor.enabled(),
                "recoveryCodesLeft",
                twoFactor.recoveryCodesLeft())),
        () ->
            Table.withHeader("FIELD", "VALUE")
                .row("username", user.username())
                .row("id", user.id())
                .row("role", user.role())
                .row("owner", Views.yesNo(user.owner()))
                .row("created", Views.when(user.createdAt()))
                .row("last login", Views.lastLogin(user))
                .row(
                    "email",
                    user.emailIfAny()
                        .map(
                            e ->
                                e.address().value()
                                    + (e.isVerified() ? " (verified)" : " (not verified)"))
                        .orElse("-"))
                .row(
                    "sessions",
                    sessions == null ? "- (kept in the dashboard's memory)" : sessions.toString())
                .row(
                    "two-factor",
                    twoFactor.enabled()
                        ? "on, " + twoFactor.recoveryCodesLeft() + " recovery codes left"
                        : "off")
                .print(out()));
  }
}
