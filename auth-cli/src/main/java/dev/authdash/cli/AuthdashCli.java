package dev.authdash.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * The {@code authdash} program: builds the picocli command tree, maps every failure to a documented
 * exit code and a one-line message on stderr, and closes the stores after each invocation.
 */
public final class AuthdashCli {
  private AuthdashCli() {}

  public static void main(String[] args) {
    CommandLine commandLine = commandLine(CliEnvironment.system());
    int exitCode;
    try (PrintWriter out = utf8(FileDescriptor.out);
        PrintWriter err = utf8(FileDescriptor.err)) {
      commandLine.setOut(out);
      commandLine.setErr(err);
      exitCode = commandLine.execute(args);
    }
    System.exit(exitCode);
  }

  /** The command tree over the given environment; set its out and err, then {@code execute}. */
  public static CommandLine commandLine(CliEnvironment environment) {
    AuthdashCliCommand root = new AuthdashCliCommand(environment);
    CommandLine commandLine = new CommandLine(root);
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    commandLine.setExecutionStrategy(
        parseResult -> {
          try {
            return new CommandLine.RunLast().execute(parseResult);
          } finally {
            root.close();
          }
        });
    commandLine.setExecutionExceptionHandler((error, command, parsed) -> onFailure(error, command));
    commandLine.setParameterExceptionHandler(AuthdashCli::onUsageError);
    documentExitCodes(commandLine);
    return commandLine;
  }

  private static int onFailure(Exception error, CommandLine command) {
    Failure failure = Failure.of(error);
    boolean json = command.getCommand() instanceof CoreCliCommand leaf && leaf.json();
    report(command, failure, json);
    return failure.exitCode().code();
  }

  private static int onUsageError(ParameterException error, String[] args) {
    CommandLine command = error.getCommandLine();
    String name = command.getCommandSpec().qualifiedName();
    Failure failure =
        new Failure(ExitCode.USAGE, error.getMessage() + " (see '" + name + " --help')");
    report(command, failure, Arrays.asList(args).contains("--json"));
    return failure.exitCode().code();
  }

  /** One line on stderr; with --json also the error document on stdout. */
  private static void report(CommandLine command, Failure failure, boolean json) {
    command.getErr().println("authdash: " + failure.oneLine());
    command.getErr().flush();
    if (json) {
      command
          .getOut()
          .println(
              Json.write(
                  Json.obj(
                      "error",
                      Json.obj(
                          "kind", failure.exitCode().kind(),
                          "exitCode", failure.exitCode().code(),
                          "message", failure.oneLine()))));
      command.getOut().flush();
    }
  }

  private static void documentExitCodes(CommandLine commandLine) {
    Map<String, String> codes = new LinkedHashMap<>();
    for (ExitCode code : ExitCode.values()) {
      codes.put(Integer.toString(code.code()), code.meaning());
    }
    commandLine.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n");
    commandLine.getCommandSpec().usageMessage().exitCodeList(codes);
    commandLine.getSubcommands().values().forEach(AuthdashCli::documentExitCodes);
  }

  private static PrintWriter utf8(FileDescriptor descriptor) {
    return new PrintWriter(
        new OutputStreamWriter(new FileOutputStream(descriptor), StandardCharsets.UTF_8), true);
  }
}
