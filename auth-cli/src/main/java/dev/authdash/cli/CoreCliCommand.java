package dev.authdash.cli;

import dev.authdash.core.AuthCore;
import dev.authdash.core.model.Actor;
import dev.authdash.core.model.ClientInfo;
import dev.authdash.core.port.in.ActOnUserCommand;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * A leaf command over the core: prints either one JSON document ({@code --json}) or the human form.
 * Refusals are exceptions that {@link AuthdashCli} maps to the documented exit codes.
 */
abstract class CoreCliCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--json",
      description = "Print one JSON document (shapes in docs/cli.md) instead of the human form.")
  boolean json;

  @Override
  public final Integer call() {
    execute();
    return ExitCode.OK.code();
  }

  abstract void execute();

  boolean json() {
    return json;
  }

  final AuthdashCliCommand root() {
    return (AuthdashCliCommand) spec.root().userObject();
  }

  final CliRuntime runtime() {
    return root().runtime();
  }

  final AuthCore core() {
    return runtime().core();
  }

  final Actor actor() {
    return root().actor();
  }

  final ClientInfo client() {
    return root().client();
  }

  /** The command's operator acting on the user named on the command line (looked up as typed). */
  final ActOnUserCommand onUser(String name) {
    return new ActOnUserCommand(actor(), name, client());
  }

  final PrintWriter out() {
    return spec.commandLine().getOut();
  }

  /** Prints the document as JSON with --json, else runs the human form. */
  final void print(Map<String, Object> document, Runnable human) {
    if (json) {
      out().println(Json.write(document));
    } else {
      human.run();
    }
  }

  /** Refuses with a usage error unless --yes was given. */
  static void requireYes(boolean yes, String what) {
    if (!yes) {
      throw new CliException(
          ExitCode.USAGE, what + " cannot be undone: add --yes to confirm. Nothing was changed.");
    }
  }
}
