package dev.authdash.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Every --help of the command tree, as an 80-column terminal shows it. */
class HelpTextTest {

  @Test
  void noHelpLine_isOneWordLeftAlone() {
    List<String> orphans = new ArrayList<>();
    CommandLine root =
        AuthdashCli.commandLine(
            new CliEnvironment(Map.of(), new ByteArrayInputStream(new byte[0]), "tester"));
    collect(root, orphans);
    assertThat(orphans).isEmpty();
  }

  private static void collect(CommandLine command, List<String> orphans) {
    command.setUsageHelpWidth(80);
    String help = command.getUsageMessage(CommandLine.Help.Ansi.OFF);
    for (String line : help.split("\n")) {
      String word = line.strip();
      // A word a wrap left alone; option names, synopsis parts and headings may stand alone.
      if (!word.isEmpty()
          && !word.contains(" ")
          && !word.startsWith("-")
          && !word.startsWith("[")
          && !word.endsWith(":")
          && !word.matches("[A-Z]+")) {
        orphans.add(command.getCommandSpec().qualifiedName() + ": '" + line + "'");
      }
    }
    command.getSubcommands().values().forEach(sub -> collect(sub, orphans));
  }
}
