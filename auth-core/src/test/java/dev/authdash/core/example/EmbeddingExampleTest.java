package dev.authdash.core.example;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class EmbeddingExampleTest {

  @Test
  @SuppressWarnings("PMD.CloseResource") // System.out is restored, never closed
  void theReadmeExample_registersLogsInResolvesAndIsRefusedAfterDemotion() {
    PrintStream original = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (PrintStream capture = new PrintStream(out, true, StandardCharsets.UTF_8)) {
      System.setOut(capture);
      EmbeddingExample.main(new String[0]);
    } finally {
      System.setOut(original);
    }

    assertThat(out.toString(StandardCharsets.UTF_8))
        .isEqualTo("alice is ADMIN\nalice after demotion: Only admins can do that.\n");
  }

  @Test
  void theReadmeShowsExactlyTheCodeThatThisTestRuns() throws Exception {
    String source =
        Files.readString(Path.of("src/test/java/dev/authdash/core/example/EmbeddingExample.java"));
    String example =
        source.substring(
            source.indexOf("// README:BEGIN") + "// README:BEGIN".length(),
            source.indexOf("  // README:END"));
    String readme = Files.readString(Path.of("../README.md"));

    assertThat(normalise(readme)).contains(normalise(example));
  }

  private static String normalise(String code) {
    return code.replaceAll("\\s+", " ").strip();
  }
}
