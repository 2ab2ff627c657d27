package dev.authdash.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code authdash completion}: the bash/zsh completion script picocli generates. */
@Command(
    name = "completion",
    mixinStandardHelpOptions = true,
    description = {
      "Print a bash/zsh completion script.",
      "Load it with: source <(authdash completion)",
      "(zsh: run 'autoload -U +X bashcompinit && bashcompinit' first)."
    })
final class CompletionCliCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().getOut().print(AutoComplete.bash("authdash", spec.root().commandLine()));
    spec.commandLine().getOut().flush();
    return ExitCode.OK.code();
  }
}
